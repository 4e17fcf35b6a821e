## Step 1: welcome.

welcome-title = What does my criminal record still stop me from doing?
welcome-what = Answer a few questions about yourself and your conviction. The program then tells you, in plain words, which jobs, licences, benefits and registrations the law still closes to you, on which legal basis, and until which date — and whether your record is sealed.
welcome-what-not = It is not a lawyer. It only knows the national laws and regulations in its rule base, and it cannot know every fact of your case: where the answer depends on something it cannot know, it says "may apply" and explains why.
welcome-privacy-title = Your answers stay on this computer
welcome-privacy = Nothing you enter leaves this computer, and nothing is saved unless you choose to save it.
welcome-rules-current = The rules are current as of { $date }: { $provisions } legal provisions and { $charges } criminal charges.
welcome-start = Start
welcome-keyboard = Tip: Tab moves between fields, Enter goes to the next step, Alt ← goes back.
welcome-open-failed = This case file cannot be used; nothing was changed:
welcome-open-title = Or open a saved case
welcome-open-path = Case file
welcome-open-hint = path to a .case.toml file
open-error-another = Open another file…
open-error-close = Close
welcome-open = Open
welcome-recent = Recently opened or saved
