## The plain-text report of `recordrights check` and the command line.

report-title = Record Rights — what your conviction still restricts, as of { $date } (rules { $version })
report-not-advice = This is general legal information, not legal advice. Check with a lawyer or legal-aid office before you rely on it.
report-severity = Your case is classed as a { $class }.
report-closed-now = { $n ->
    [0] CLOSED TO YOU NOW: nothing
    [one] CLOSED TO YOU NOW: 1 restriction
   *[other] CLOSED TO YOU NOW: { $n } restrictions
}
report-nothing-closed = No provision in the rule base restricts you today.
report-reopening = REOPENING ON A DATE
report-for-life = CLOSED FOR LIFE
report-open-end = CLOSED NOW, END DATE NOT YET KNOWN
report-ended = NO LONGER RESTRICTED (OR NOT YET)
report-until = Until { $date } ({ $when }):
report-ended-on = Ended on { $date }:
report-if-you-hold = IF YOU HOLD ONE OF THESE NOW: { $n ->
    [one] ONE RULE
   *[other] { $n } RULES
}
report-if-you-hold-note = Each of these concerns only someone who holds the position, title, licence or benefit it names (a deputy's seat, a committee office, a rank, a veteran's benefits, a licence). If you do not hold it, it changes nothing for you.
report-future-case = IF YOU ARE EVER ACCUSED AGAIN: { $n ->
    [one] ONE RULE
   *[other] { $n } RULES
}
report-future-case-note = These change nothing in your life today. They matter only if you are ever suspected or accused of a new crime: for example you would not be released on bail, could not settle the case with the victim, or a lower threshold would apply. Most last for life; one with a date stops mattering on that date.
report-not-yet = Not yet in effect:
report-basis = Legal basis:
report-why-may = Why only "may apply":
report-because = Because you answered (conviction { $n }, { $charge }): { $answers }
report-record = YOUR RECORD
record-sealed = Your criminal record is sealed by law: it may not be given to anyone except the judicial authorities for a case or units querying under state rules ({ $basis }).
record-partly-sealed = Some of your convictions are sealed by law ({ $basis }), but not all of them, so your record as a whole is not sealed.
record-not-sealed = Your criminal record is not sealed under the law in force.
record-must-disclose = When you enlist or take a job you must report truthfully that you received a criminal punishment ({ $basis }).
record-no-disclosure = You do not have to report this record when you enlist or take a job ({ $basis }).
record-no-disclosure-rule = No duty to report this record was found in the rule base.
record-recidivism-none = The recidivism rules do not apply to your conviction.
record-recidivism-until = If you commit a new crime that deserves imprisonment before { $date }, you can be treated as a recidivist and punished more heavily ({ $basis }).
record-recidivism-closed = The five-year recidivism window closed on { $date }: a new crime can no longer make you a recidivist because of this conviction ({ $basis }).
record-recidivism-not-started = The five-year recidivism window starts only when your sentence is completed ({ $basis }).
record-recidivism-never = A new crime of the same kind at any time makes you a recidivist ({ $basis }).
record-violations-sealed = Records of public-security violations (not crimes) are sealed by law ({ $basis }).
report-proposals = IF THE PROPOSED REFORMS BECAME LAW
report-proposals-note = These are proposals by legal scholars. They are NOT law and do not help you today.
proposal-eligible-automatic = Your record would be sealed automatically from { $date }.
proposal-eligible-application = You could apply to have your record sealed from { $date }.
proposal-excluded = Not eligible: { $charge } — { $reason }
proposal-no-tier = Not eligible: the proposal sets no waiting period for your sentence for { $charge }.
proposal-start-unknown = Not yet possible to say: the waiting period for { $charge } starts when the sentence is completed.
proposal-not-eligible = Not eligible.
report-source = Source:
report-assumptions = WHAT THE PROGRAM ASSUMED
assumption-completion-computed = Conviction { $n } ({ $charge }): you did not give the day the sentence ended, so it was computed from the judgment date and the term (or the probation period): { $date }.
assumption-completion-unknown = Conviction { $n } ({ $charge }): the day the sentence ends is not known, so periods counted from it cannot be dated yet.
assumption-licence-revocation = Conviction { $n } ({ $charge }): periods counted from the revocation of your driving licence are counted from the offence date, { $date }; the actual revocation may be a little later.
assumption-article-differs = Conviction { $n } ({ $charge }): you gave { $given }, but the catalogue places this charge under { $catalogue }; the catalogue was used.
assumption-record-rule-open = Conviction { $n } ({ $charge }): { $law }, { $article }, may not apply: { $reason } The record section therefore does not rely on it; ask a lawyer if it matters to you.
report-not-restricted = WHAT IS NOT RESTRICTED
report-not-restricted-body = Most private employment has no legal bar: only the jobs, licences and registrations listed above are closed by law. An employer may ask whether you have received a criminal punishment, and where the duty to report applies (see "Your record") you must answer truthfully. Outside the jobs listed above, none of the national laws this program knows obliges an employer to refuse you because of your record. A sealed record may not be given to any organisation or person, except to judicial authorities handling a case or to bodies that check it under state regulations (Criminal Procedure Law Art. 286).

## Command line
cli-error = error
cli-usage = Usage: recordrights check CASE [--json] [--today YYYY-MM-DD] [--lang zh-CN|en-US] [--rules DIR]
    or: recordrights report CASE --pdf OUT.pdf [--today YYYY-MM-DD] [--lang zh-CN|en-US] [--for NAME] [--by NAME] [--notes TEXT]
    or: recordrights letter CASE --rule RULE_ID --pdf OUT.pdf [--by NAME]
    or: recordrights rules [--dir DIR] [--json]
cli-help = Record Rights — what a criminal conviction in the PRC still restricts.

    Usage:
      recordrights check CASE.case.toml [--json] [--today YYYY-MM-DD] [--lang zh-CN|en-US]
          Assess a case file: plain text, or JSON with --json.
      recordrights report CASE.case.toml --pdf OUT.pdf [--today YYYY-MM-DD] [--lang zh-CN|en-US]
          --for NAME --by NAME --notes TEXT (all three optional)
          Write the printed summary as an A4 PDF: the summary's sections, the text
          of every cited article, the assumptions and a disclaimer. --for and --by
          fill the "prepared for" and "prepared by" lines, --notes the notes box
          (left blank to write in by hand when not given). --client-summary writes
          only the client summary (one or two pages: at a glance, dates, record,
          open questions) to hand over.
      recordrights letter CASE.case.toml --rule RULE_ID --pdf OUT.pdf [--today YYYY-MM-DD] [--lang zh-CN|en-US] [--by NAME]
          Draft a review-suggestion letter (in Chinese; with en-US also an English
          translation) about one finding whose rule is below the level of a national law.
      recordrights rules [--dir DIR] [--json]
          Check the rule files and count them by level, domain and duration.

    Options on every command:
      --rules DIR   use the rule files in DIR instead of the built-in ones
      --lang LANG   zh-CN (default) or en-US

    Exit status: 0 on success, 2 on a bad case file, bad rules or a bad command line.
cli-not-unicode = the argument { $arg } is not valid text
cli-missing-value = { $flag } needs a value
cli-bad-date = "{ $value }" is not a date; write YYYY-MM-DD
cli-bad-lang = "{ $value }" is not a language this program speaks (zh-CN or en-US)
cli-unknown-flag = unknown option { $flag }
cli-missing-case = name the case file to check
cli-missing-rule = name the finding the letter is about: --rule RULE_ID (as in check --json)
cli-missing-pdf = name the PDF to write: --pdf OUT.pdf
cli-pdf-failed = the PDF could not be made ({ $error })
cli-cannot-write = cannot write { $path }: { $error }
cli-pdf-written = Wrote { $path }.
cli-extra-argument = unexpected argument { $arg }
cli-unknown-command = unknown command { $command }
cli-rule-problems = { $n ->
    [one] 1 problem in the rule files.
   *[other] { $n } problems in the rule files.
}
rules-summary = Rule pack { $version }: { $provisions } provisions in { $rules } rules from { $enactments } enactments; { $charges } charges; { $proposals } reform proposals.
rules-by-level = By level:
rules-by-domain = By domain:
rules-by-duration = By duration:
report-next-step = What you can do:
report-settled-by = One question would settle this:
report-open-questions = { $n ->
    [one] ONE QUESTION WOULD NARROW THIS DOWN
   *[other] { $n } QUESTIONS WOULD NARROW THIS DOWN
}
report-open-question = Conviction { $n } ({ $charge }): { $question } (settles { $count ->
    [one] one finding
   *[other] { $count } findings
})
report-answers = YOUR ANSWERS TO THE FOLLOW-UP QUESTIONS
report-answer = Conviction { $n } ({ $charge }): { $question } { $answer }
answer-yes = Yes.
answer-no = No.
local-rule-of = A local rule of { $place } ({ $kind }), binding only there.
local-kind-local_regulation = local regulation
local-kind-government_rule = local government rule
local-kind-normative_document = normative document of a local government
beyond-national-law = Goes beyond national law:
beyond-compared-with = Compared with { $law }, { $article }.
beyond-no-higher-law = No national law that this program knows provides for it.
beyond-is-analysis = This comparison is analysis, not law. Anyone may write to the NPC Standing Committee suggesting a review of a local regulation they believe conflicts with a national law (Legislation Law Art. 110 para. 2), and to the State Council about a local government rule or normative decision (Regulations on the Filing and Review of Regulations and Rules, Art. 12).
local-not-covered = Local rules for { $place } are not yet covered by this program; only national law is shown.
local-none-given = You did not say where your household is registered, so no local rules are shown.
beyond-badge = goes beyond national law
beyond-side-by-side = The two texts side by side
glance-title = AT A GLANCE
glance-record = Your record
glance-dates = Key dates
glance-no-dates = No restriction ends on a known date from now on.
glance-nothing-ends = Nothing you face ends on a date any more: { $ended ->
    [one] one restriction has ended
   *[other] { $ended } restrictions have ended
}, the last on { $date }; the law sets no end date for the { $life } that remain.
glance-nothing-left = None of the restrictions this program knows applies to you any more: { $ended ->
    [one] one has ended
   *[other] { $ended } have ended
}, the last on { $date }.
glance-date-ends = this ends: { $what }
glance-date-recidivism = the recidivism window closes: a new crime after this day can no longer make you a repeat offender under Criminal Law Art. 65
glance-date-proposal = earliest date under the proposal "{ $title }" — a proposal, NOT law
glance-roles = Because of what you are now
glance-counts-title = In numbers
glance-counts = { $life } closed for life, { $dated } closed until a date, { $ended } already ended; { $may } of those in force only may apply.
glance-counts-local = { $n } of the restrictions in force come from local rules of your province or city.
glance-counts-if-you-hold = Not counted above: { $n ->
    [one] one rule concerns
   *[other] { $n } rules concern
} only someone who now holds a particular position, title, licence or benefit (listed apart, under "If you hold one of these now").
glance-counts-future-case = Not counted above: { $n ->
    [one] one rule matters
   *[other] { $n } rules matter
} only if you are ever accused of a new crime (listed apart, under "If you are ever accused again").
glance-for-life = for life
glance-until = until { $date } ({ $when })
glance-open-end = end not yet known
glance-ended-on = ended on { $date }
glance-not-yet = not yet in effect
glance-date-ends-several = { $n } restrictions end, among them: { $what }
glance-already = already reached
glance-date-line = { $date } ({ $when }): { $what }
glance-role-line = { $state } — { $what }
