## The printed summary (PDF): words that the plain-text report does not already have.
## Section headings, the record, proposals and assumptions reuse the ids of report.ftl.

pdf-doc-title = Record Rights — what your conviction still restricts, as of { $date }
pdf-title = What your conviction still restricts
pdf-as-of = As of { $date }. Rules version { $version }.
pdf-prepared-for = Prepared for:
pdf-prepared-by = Prepared by:
pdf-notes = Notes (for the legal-aid worker):
pdf-until = Until { $date } ({ $when })
pdf-between = Ends between { $from } and { $to }
pdf-end-unknown = End date not yet known
pdf-for-life = For life
pdf-while-serving = While the sentence is being served
pdf-nothing-reopens = No restriction on this summary ends on a known date.
pdf-nothing-for-life = No restriction on this summary lasts for life.
pdf-proposal-badge = PROPOSAL — NOT LAW
pdf-timeline-title = TIMELINE
pdf-timeline-help = Each bar is one restriction, from when it starts to when it ends. An arrow means it does not end; a faded part means the end falls somewhere in that span. The vertical line is the as-of date.
pdf-timeline-as-of = as of { $date }
pdf-timeline-sealed = sealed
pdf-timeline-empty = Nothing to draw.
pdf-timeline-legend = Red: for life · Blue: until a date · Yellow: may apply · Pale: not in force on the as-of date · ◆ a proposal's date · ■ record sealed
pdf-appendix = APPENDIX
pdf-articles = THE TEXT OF THE CITED ARTICLES
pdf-articles-note = The articles are quoted verbatim, in the original Chinese, as the program holds them.
pdf-paragraph = Paragraph and item: { $paragraph }
pdf-verified = Text last checked against its source on { $date }.
pdf-no-assumptions = The program made no assumptions: every date it used was given.
pdf-disclaimer-title = DISCLAIMER
pdf-disclaimer = This summary is general legal information produced by a computer program from the answers given and the rules in force on the as-of date. It is not legal advice, it may be incomplete, and laws, regulations and local practice change. Before relying on it for a decision, check it with a lawyer or a legal-aid office.
pdf-footer = Record Rights · as of { $date }
pdf-page = page { $n } of { $total }

# Why no PDF could be made (neither happens with the shipped font).
pdf-error-font = the bundled font cannot be read; please install the program again
pdf-error-write = the PDF could not be put together; please report this as a bug
