## Step 6: the summary, its cards, filters and timeline.

summary-title = What your conviction still restricts
summary-if-you-hold = If you hold one of these now ({ $n })
summary-future-case = If you are ever accused again ({ $n })
summary-as-of = As of { $date }, rules version { $version }.
summary-cannot = The answers are not complete yet
summary-copy = Copy summary as text
summary-copied = Summary copied.
filter-title = Show:
filter-domain = area
filter-all-domains = all areas
filter-only-active = only restrictions in force today
filter-only-lifetime = only lifetime restrictions
badge-until = until { $date }
badge-between = ends between { $from } and { $to }
badge-end-unknown = end not yet known
content-qualification = qualification
content-benefit = benefit
content-obligation = obligation
card-show-text = Show the text of the law
proposal-badge = PROPOSAL — NOT LAW
record-certificate = Under the Ministry of Public Security's 2021 provisions on criminal-record queries (公通字〔2021〕19号, Art. 10, as quoted by police offices; its full text is not in the rule base), a person whose sealed record is for a crime committed under 18 with a sentence of five years or less receives a no-criminal-record certificate, and a unit that queries receives a notice stating no criminal record.
text-paragraph = Paragraph and item: { $paragraph }
text-verified = Text last checked against its source on { $date }.
text-close = Close (Esc)
timeline-title = Timeline
timeline-help = Each bar is one restriction, from when it starts to when it ends. An arrow means it does not end; a faded part means the end falls somewhere in that span. Hover a bar to read it.
timeline-empty = Nothing to draw.
timeline-today = today
timeline-from = Counted from { $date }.
timeline-legend = Red: for life · Blue: until a date · Yellow: may apply · Pale: no longer in force · ◆ a proposal's date · ■ record sealed
timeline-sealed = sealed
pdf-save = Save PDF…
pdf-save-hint = Save the summary as an A4 PDF to print or hand over
pdf-save-title = Save the summary as PDF
pdf-filter = PDF document
print = Print…
print-hint = Send the summary to the printer (or open it in your PDF viewer)
print-sending = Sending the summary to the printer…
print-sent = The summary was sent to the printer.
print-opened = There is no printer set up here, so the summary opened in your PDF viewer; print it from there.
print-failed = The summary could not be printed or opened. It is saved at { $file }; open that file to print it.
search-label = Can I work as …? Type a job, licence or benefit
search-hint = e.g. security guard, 网约车, teacher, 律师
search-none = No rule in this program concerns "{ $query }". As far as the national law (and the local rules of your province) that this program knows goes, nothing restricts it; other rules may exist.
search-restricted = { $state }: { $what }
search-may-apply =  May apply only: { $why }
search-not-restricted = Does not restrict you: { $what }
search-count = { $n ->
    [one] One rule concerns "{ $query }":
   *[other] { $n } rules concern "{ $query }":
}
timeline-life-band = { $n ->
    [one] 1 restriction for life
   *[other] { $n } restrictions for life
}
timeline-recidivism = recidivism window ends
print-client = Print client pages…
print-client-hint = Print only the pages to hand over (one or two): at a glance, the record and what can be done about it, the open questions and the disclaimer.
