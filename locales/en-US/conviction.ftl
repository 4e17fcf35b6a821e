## Step 3: the conviction.

conviction-title = { $total ->
    [one] The conviction
   *[other] Conviction { $n } of { $total }
}
conviction-intro = What you were convicted of, and when. The judgment you received names the charge (罪名).
conviction-charge = Charge
conviction-charge-chosen = Chosen: { $charge } (Criminal Law { $article }, chapter { $chapter })
conviction-charge-search = Search
conviction-charge-search-hint = name, part of a name, or article (133-1)
conviction-charge-row = { $charge } — { $article }, chapter { $chapter }
conviction-charge-more = { $n } more: type more of the name to narrow the list.
conviction-charge-none = No charge matches. Try part of the name in Chinese, or the article number.
conviction-article = Article of the Criminal Law
conviction-facts = Answers to follow-up questions
conviction-offence-date = Date of the offence
conviction-judgment-date = Date the judgment took effect
conviction-judgment-date-why = The day the judgment became final (判决生效), not the day of the hearing.
conviction-fault = Intentional or negligent
conviction-fault-default = For this charge the law presumes: { $fault }. Change it only if your judgment says otherwise.
conviction-fault-as-charge = as for the charge
conviction-professional = It was a crime committed through my job (professional negligence or abuse of my occupation)
conviction-professional-why = Some laws, such as the Notarization Law, treat crimes of professional negligence like intentional crimes.
conviction-add = + Add another conviction
conviction-remove = Remove this conviction
