## Step 5: review.

review-title = Check your answers
review-intro = This is everything you told the program. Use Edit to change an answer; nothing else is lost.
review-edit = Edit
review-conviction = Conviction { $n }
review-edit-conviction = Edit conviction { $n }
review-edit-sentence = Edit sentence { $n }
review-none = none
review-computed = computed from your answers
review-months = { $n ->
    [one] 1 month
   *[other] { $n } months
}
review-years = { $n ->
    [one] 1 year
   *[other] { $n } years
}
review-suspended = suspended, probation { $n } months
review-problems = Some answers still need attention:
