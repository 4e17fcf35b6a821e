## `recordrights check` 的文字报告和命令行。

report-title = 犯罪记录权利查询——截至 { $date }，你的定罪仍然带来的限制（规则版本 { $version }）
report-not-advice = 以下是一般性的法律信息，不是法律意见。作出决定前，请向律师或法律援助机构核实。
report-severity = 你的案件属于{ $class }。
report-closed-now = { $n ->
    [0] 目前对你关闭的：无
   *[other] 目前对你关闭的：共{ $n }项限制
}
report-nothing-closed = 规则库中没有任何规定在今天限制你。
report-reopening = 到某一日期重新开放
report-for-life = 终身关闭
report-open-end = 目前关闭，结束日期尚不确定
report-ended = 已不再限制（或尚未生效）
report-until = 至 { $date }（{ $when }）：
report-ended-on = 已于 { $date } 结束：
report-if-you-hold = 如果你现在有下列身份：{ $n } 项规定
report-if-you-hold-note = 每一项只涉及担任其中所说职务、持有其中所说称号或证照、或享受其中所说待遇的人（例如人大代表、村（居）民委员会成员、衔级、退役军人待遇、执照）。如果你没有这种身份，它对你没有影响。
report-future-case = 如果将来再次涉嫌犯罪：{ $n } 项规定
report-future-case-note = 这些规定不影响你现在的生活，只在你将来再次涉嫌或者被指控犯罪时才起作用：例如不能取保候审、不能与被害人和解，或者适用更低的定罪标准。大多数是终身的；写有日期的，过了那一天就不再起作用。
report-not-yet = 尚未生效：
report-basis = 法律依据：
report-why-may = 为什么只是“可能适用”：
report-because = 因为你回答了（第{ $n }项定罪，{ $charge }）：{ $answers }
report-record = 你的犯罪记录
record-sealed = 你的犯罪记录依法封存：除司法机关为办案需要或者有关单位根据国家规定进行查询外，不得向任何单位和个人提供（{ $basis }）。
record-partly-sealed = 你的部分定罪记录依法封存（{ $basis }），但不是全部，因此整体记录没有封存。
record-not-sealed = 按现行法律，你的犯罪记录没有封存。
record-must-disclose = 你在入伍、就业的时候，应当如实向有关单位报告自己曾受过刑事处罚（{ $basis }）。
record-no-disclosure = 你在入伍、就业时不需要报告这项记录（{ $basis }）。
record-no-disclosure-rule = 规则库中没有发现要求你报告这项记录的规定。
record-recidivism-none = 累犯规定不适用于你的定罪。
record-recidivism-until = 如果你在 { $date } 之前再犯应当判处有期徒刑以上刑罚之罪，可能构成累犯，被从重处罚（{ $basis }）。
record-recidivism-closed = 五年的累犯期限已于 { $date } 届满：今后再犯罪，不会因为这次定罪而构成累犯（{ $basis }）。
record-recidivism-not-started = 五年的累犯期限从刑罚执行完毕之日起才开始计算（{ $basis }）。
record-recidivism-never = 任何时候再犯同类犯罪，都以累犯论处（{ $basis }）。
record-violations-sealed = 违反治安管理（不是犯罪）的记录依法封存（{ $basis }）。
report-proposals = 如果改革建议成为法律
report-proposals-note = 以下是法学学者的建议，不是法律，目前不能帮助你。
proposal-eligible-automatic = 你的记录将从 { $date } 起自动封存。
proposal-eligible-application = 你可以从 { $date } 起申请封存记录。
proposal-excluded = 不符合条件：{ $charge }——{ $reason }
proposal-no-tier = 不符合条件：该建议没有为你因{ $charge }所判的刑罚规定等待期。
proposal-start-unknown = 暂时无法判断：{ $charge }的等待期从刑罚执行完毕时开始计算。
proposal-not-eligible = 不符合条件。
report-source = 出处：
report-assumptions = 程序作出的推定
assumption-completion-computed = 第{ $n }项定罪（{ $charge }）：你没有填写刑罚执行完毕的日期，程序按判决日期和刑期（或缓刑考验期）推算为 { $date }。
assumption-completion-unknown = 第{ $n }项定罪（{ $charge }）：刑罚执行完毕的日期尚不确定，从该日起算的期限暂时无法给出日期。
assumption-licence-revocation = 第{ $n }项定罪（{ $charge }）：从吊销驾驶证之日起算的期限，按犯罪日期 { $date } 计算；实际吊销日期可能稍晚。
assumption-article-differs = 第{ $n }项定罪（{ $charge }）：你填写的是{ $given }，但罪名目录中该罪名规定在{ $catalogue }；程序按目录处理。
assumption-record-rule-open = 第{ $n }项定罪（{ $charge }）：{ $law }{ $article }不一定适用：{ $reason }因此“你的记录”部分没有以这一条为依据；如果这对你很重要，请咨询律师。
report-not-restricted = 哪些方面不受限制
report-not-restricted-body = 大多数民营单位的工作没有法律上的禁止：只有上面列出的职业、执照和登记依法对你关闭。用人单位可以询问你是否受过刑事处罚；负有报告义务时（见“你的犯罪记录”），你应当如实回答。除上面列出的工作外，本程序收录的全国性法律法规都没有要求用人单位因为你的记录而拒绝你。已经封存的犯罪记录，不得向任何单位和个人提供，但司法机关为办案需要或者有关单位根据国家规定进行查询的除外（刑事诉讼法第二百八十六条）。

## 命令行
cli-error = 错误
cli-usage = 用法：recordrights check 案件文件 [--json] [--today 年-月-日] [--lang zh-CN|en-US] [--rules 文件夹]
    或：recordrights report 案件文件 --pdf 输出.pdf [--today 年-月-日] [--lang zh-CN|en-US] [--for 姓名] [--by 姓名] [--notes 文字]
    或：recordrights letter 案件文件 --rule 规则编号 --pdf 输出.pdf [--by 姓名]
    或：recordrights rules [--dir 文件夹] [--json]
cli-help = 犯罪记录权利查询——在中国被定罪后，还有哪些限制。

    用法：
      recordrights check 案件.case.toml [--json] [--today 年-月-日] [--lang zh-CN|en-US]
          评估一个案件文件：输出文字报告，加 --json 输出 JSON。
      recordrights report 案件.case.toml --pdf 输出.pdf [--today 年-月-日] [--lang zh-CN|en-US]
          --for 姓名 --by 姓名 --notes 文字（三项均可省略）
          把结果打印成 A4 的 PDF：包括结果的各个部分、所引条文原文、程序作出的推定和免责声明。
          --for 和 --by 填写“当事人”和“制作人”，--notes 填写备注栏（不填则留空，供手写）。
          加上 --client-summary 只写出交给当事人的摘要（一到两页：一目了然、关键日期、记录、待回答的问题）。
      recordrights letter CASE.case.toml --rule 规则编号 --pdf 输出.pdf [--today YYYY-MM-DD] [--lang zh-CN|en-US] [--by 姓名]
          为一项结果起草审查建议信（中文；选 en-US 时另附英文译文），只适用于国家法律以下的规定。
      recordrights rules [--dir 文件夹] [--json]
          检查规则文件，并按层级、领域和期限统计数量。

    所有命令都可以使用的选项：
      --rules 文件夹   使用该文件夹中的规则文件，而不是内置规则
      --lang 语言      zh-CN（默认）或 en-US

    退出码：成功为 0；案件文件、规则或命令行有误为 2。
cli-not-unicode = 参数 { $arg } 不是有效文本
cli-missing-value = { $flag } 需要一个值
cli-bad-date = “{ $value }”不是日期；请按 年-月-日 填写
cli-bad-lang = 本程序不支持语言“{ $value }”（可选 zh-CN 或 en-US）
cli-unknown-flag = 未知选项 { $flag }
cli-missing-case = 请指定要检查的案件文件
cli-missing-rule = 请写明信件针对哪一项结果：--rule 规则编号（见 check --json）
cli-missing-pdf = 请用 --pdf 输出.pdf 指定要写入的 PDF 文件
cli-pdf-failed = 无法生成 PDF（{ $error }）
cli-cannot-write = 无法写入 { $path }：{ $error }
cli-pdf-written = 已写入 { $path }。
cli-extra-argument = 多余的参数 { $arg }
cli-unknown-command = 未知命令 { $command }
cli-rule-problems = 规则文件中共有{ $n }个问题。
rules-summary = 规则包 { $version }：{ $enactments } 部规范中的 { $rules } 条规则，涉及 { $provisions } 个条文；{ $charges } 个罪名；{ $proposals } 项改革建议。
rules-by-level = 按层级：
rules-by-domain = 按领域：
rules-by-duration = 按期限：
report-next-step = 你可以做什么：
report-settled-by = 回答这个问题就能确定：
report-open-questions = 回答 { $n } 个问题可以让结果更确定
report-open-question = 第{ $n }项定罪（{ $charge }）：{ $question }（可确定 { $count } 项结果）
report-answers = 你对补充问题的回答
report-answer = 第{ $n }项定罪（{ $charge }）：{ $question } { $answer }
answer-yes = 是。
answer-no = 否。
local-rule-of = 这是{ $place }的地方规定（{ $kind }），只在当地适用。
local-kind-local_regulation = 地方性法规
local-kind-government_rule = 地方政府规章
local-kind-normative_document = 地方规范性文件
beyond-national-law = 超出国家法律的规定：
beyond-compared-with = 对照的上位法：{ $law }{ $article }。
beyond-no-higher-law = 本程序已知的国家法律中，没有作出这种规定的。
beyond-is-analysis = 这一比较是分析，不是法律。公民认为地方性法规同法律相抵触的，可以向全国人大常委会书面提出审查建议（立法法第一百一十条第二款）；认为地方政府规章或者其他具有普遍约束力的决定、命令同法律、行政法规相抵触的，可以向国务院书面提出审查建议（法规规章备案审查条例第十二条）。
local-not-covered = 本程序还没有收录{ $place }的地方规定，下面只列出国家法律。
local-none-given = 你没有填写户籍所在地，因此没有列出任何地方规定。
beyond-badge = 超出国家法律
beyond-side-by-side = 两条规定对照
glance-title = 一目了然
glance-record = 你的记录
glance-dates = 关键日期
glance-no-dates = 从现在起，没有哪项限制会在已知的日期结束。
glance-nothing-ends = 你面临的限制中，已经没有会在某个日期结束的了：已有 { $ended } 项结束，最后一项在 { $date } 结束；其余 { $life } 项，法律没有规定结束日期。
glance-nothing-left = 本程序所列的限制对你都已不再适用：{ $ended } 项已经结束，最后一项在 { $date } 结束。
glance-date-ends = 这项限制结束：{ $what }
glance-date-recidivism = 累犯期间届满：此后再犯罪，不再依照刑法第六十五条构成累犯
glance-date-proposal = 按照“{ $title }”最早可以消灭记录的日期——这是学者建议，不是法律
glance-roles = 与你现在的身份有关
glance-counts-title = 数字
glance-counts = 终身限制 { $life } 项，到某一日期为止 { $dated } 项，已经结束 { $ended } 项；现行有效的限制中，{ $may } 项只是“可能适用”。
glance-counts-local = 现行有效的限制中，有 { $n } 项来自你所在省市的地方规定。
glance-counts-if-you-hold = 另有 { $n } 项规定未计入上面的数字：它们只涉及现在担任某种职务、持有某种称号或证照、享受某种待遇的人（单独列在“如果你现在有下列身份”一节）。
glance-counts-future-case = 另有 { $n } 项规定未计入上面的数字：它们只在你将来再次涉嫌犯罪时才起作用（单独列在“如果将来再次涉嫌犯罪”一节）。
glance-for-life = 终身
glance-until = 到 { $date } 为止（{ $when }）
glance-open-end = 结束日期尚不确定
glance-ended-on = 已于 { $date } 结束
glance-not-yet = 尚未生效
glance-date-ends-several = { $n } 项限制结束，其中包括：{ $what }
glance-already = 已经到了
glance-date-line = { $date }（{ $when }）：{ $what }
glance-role-line = { $state }——{ $what }
