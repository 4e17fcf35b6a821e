## 打印版结果（PDF）：文字报告里还没有的字句。
## 各节标题、记录、改革建议和推定沿用 report.ftl 的条目。

pdf-doc-title = 犯罪记录权利查询——截至 { $date }，你的定罪仍然带来的限制
pdf-title = 你的定罪仍然带来的限制
pdf-as-of = 截至 { $date }。规则版本 { $version }。
pdf-prepared-for = 当事人：
pdf-prepared-by = 制作人：
pdf-notes = 备注（供法律援助工作者填写）：
pdf-until = 至 { $date }（{ $when }）
pdf-between = 在 { $from } 至 { $to } 之间结束
pdf-end-unknown = 结束日期尚不确定
pdf-for-life = 终身
pdf-while-serving = 刑罚执行期间
pdf-nothing-reopens = 本摘要中没有在确定日期结束的限制。
pdf-nothing-for-life = 本摘要中没有终身的限制。
pdf-proposal-badge = 建议——不是法律
pdf-timeline-title = 时间轴
pdf-timeline-help = 每一条横条代表一项限制，从开始到结束。箭头表示没有结束日期；颜色变淡的部分表示结束日期落在这一段之内。竖线是查询日期。
pdf-timeline-as-of = 截至 { $date }
pdf-timeline-sealed = 封存
pdf-timeline-empty = 没有可以显示的内容。
pdf-timeline-legend = 红色：终身 · 蓝色：到某一日期 · 黄色：可能适用 · 浅色：在查询日期不再有效 · ◆ 建议中的日期 · ■ 记录封存
pdf-appendix = 附录
pdf-articles = 所引条文原文
pdf-articles-note = 以下条文按程序所收录的原文逐字引用。
pdf-paragraph = 款、项：{ $paragraph }
pdf-verified = 原文最后一次核对日期：{ $date }。
pdf-no-assumptions = 程序没有作出推定：所用日期均为填写的日期。
pdf-disclaimer-title = 免责声明
pdf-disclaimer = 本摘要是计算机程序根据所填写的回答和查询日期有效的规则生成的一般性法律信息，不是法律意见，可能不完整；法律、法规和各地做法也会变化。据此作出决定之前，请向律师或法律援助机构核实。
pdf-footer = 犯罪记录权利查询 · 截至 { $date }
pdf-page = 第{ $n }页，共{ $total }页

# 无法生成 PDF 的原因（使用随程序附带的字体时不会发生）。
pdf-error-font = 无法读取随程序附带的字体，请重新安装本程序
pdf-error-write = 无法生成这个 PDF，请把这个问题作为程序错误报告给我们
