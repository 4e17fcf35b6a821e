## The window around every screen: title, language, text size, theme, progress, navigation, dates.

app-title = Record Rights
lang-switch-zh = 切换到中文
lang-switch-en = Switch to English
text-smaller = A−
text-smaller-hint = Smaller text (Ctrl −)
text-larger = A+
text-larger-hint = Larger text (Ctrl +; Ctrl 0 resets)
theme-dark = Dark theme
theme-light = Light theme
progress = Step { $n } of { $total }:
step-welcome = Welcome
step-person = About you
step-conviction = The conviction
step-sentence = The sentence
step-review = Review
step-summary = Summary
nav-back = ← Back
nav-back-hint = Go back one step; your answers are kept (Alt ←)
nav-next = Next →
nav-next-hint = Go on (Enter or Alt →)
nav-see-summary = See what applies to me →
nav-edit-answers = Change my answers
nav-restart = Start again
nav-fix-first = { $n ->
    [one] Please fix the problem shown above before going on.
   *[other] Please fix the { $n } problems shown above before going on.
}
answer-missing = please answer this
answer-no-conviction = add the conviction you want to know about
date-hint = YYYY-MM-DD
date-calendar = Calendar
date-calendar-hint = Pick the day in a calendar
date-prev-year = Previous year
date-next-year = Next year
date-prev-month = Previous month
date-next-month = Next month
date-long = { $day } { $monthname } { $year }
date-month-year = { $monthname } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Mo
weekday-2 = Tu
weekday-3 = We
weekday-4 = Th
weekday-5 = Fr
weekday-6 = Sa
weekday-7 = Su
unit-years = years
unit-months = months
lang-name-zh = 中文
lang-name-en = English
app-window-title = Record Rights — 犯罪记录权利查询
file-open = Open…
file-open-hint = Open a saved case file
file-save = Save…
file-save-hint = Save your answers as a case file on this computer
file-open-title = Open a case file
file-save-title = Save the case file
file-filter = Record Rights case
file-saved = Saved to { $file }.
file-save-failed = Could not save { $file }: { $detail }. The previous file, if any, is unchanged.
file-save-incomplete = The answers are not complete yet, so they cannot be saved as a case file.
clients-title = Client list
clients-intro = For legal-aid workers: each client is a label of your choice (no real name needed), the date of the consultation, notes and their case. Everything is stored on this computer only.
clients-close = Back to the questionnaire
clients-no-folder = This computer has no folder for the program's data, so the client list cannot be used.
clients-search = Search clients
clients-search-hint = label or notes
clients-none = No clients yet. Save a case to the client list from its summary.
clients-open = Open { $label }
clients-duplicate = Duplicate { $label }
clients-delete = Delete { $label }
clients-copy-label = { $label } (copy)
clients-delete-question = Delete the client { $label } and their case file from this computer? This cannot be undone.
clients-save-title = Keep this case in the client list
clients-label = Client label
clients-label-hint = e.g. 2026-117
clients-consulted-on = Date of the consultation
clients-notes = Notes
clients-save = Save to the client list
clients-saved = Saved { $label } to the client list.
clients-label-needed = Give the client a label first.
clients-show = Client list…
autosave-found = You asked the program to remember your answers, and answers from last time were found. Restore them?
autosave-restore = Restore my answers
autosave-discard = Discard them
autosave-remember = Remember my answers on this computer
autosave-remember-why = Off unless you tick it: your answers are then kept in this computer's data folder, and offered back after a crash or when you come back.
welcome-storage-title = On this computer
forget-button = Forget everything…
forget-question = Delete everything the program has stored on this computer: remembered answers, the client list and its case files, and the settings? Case files you saved elsewhere are not touched. This cannot be undone.
forget-confirm = Delete everything
forget-done = Everything the program had stored on this computer was deleted.
confirm-delete = Delete
confirm-cancel = Cancel
glance-answer-questions = { $n ->
    [one] One question would make this answer more certain: answer it ↓
   *[other] { $n } questions would make this answer more certain: answer them ↓
}
questions-title = { $n ->
    [0] Your answers to the follow-up questions
    [one] Answer one question to narrow this down
   *[other] Answer { $n } questions to narrow this down
}
questions-help = Some restrictions above say "may apply" because your judgment decides them. Your judgment says the answer; if you are not sure, leave the question: nothing changes.
questions-about = Conviction { $n } ({ $charge }):
questions-yes = Yes
questions-no = No
questions-dont-know = I don't know
questions-settles = { $n ->
    [one] Your answer settles one restriction.
   *[other] Your answer settles { $n } restrictions.
}
file-delete-failed = Could not delete { $file }: { $detail }

autosave-failed = Your answers could not be remembered in { $file }: { $detail }. They are still on the screen; save them with Save… to keep them.
