## 案件文件或规则文件中的问题。每条前面写明文件、行号和字段。

error-io = 无法读取这个文件（系统拒绝了读取，错误编号 { $code }）
error-io-no-code = 无法读取这个文件（系统拒绝了读取）
error-not-found = 找不到这个文件；请检查文件名和所在的文件夹
error-no-permission = 你没有读取这个文件的权限
error-is-folder = 这是一个文件夹，不是文件
error-not-utf8 = 这个文件不是 UTF-8 编码的文本，请另存为 UTF-8
error-syntax = 文件的写法有误：{ $detail }
error-unknown-key = 文件的这一部分没有“{ $key }”这一项；可以写的项有：{ $expected }
error-unknown-key-suggest = 文件的这一部分没有“{ $key }”这一项；是不是想写“{ $suggestion }”？
error-unknown-key-none = 文件的这一部分没有“{ $key }”这一项；请删掉它
error-missing-key = 缺少“{ $key }”这一项；请补上
error-unknown-value = “{ $value }”不是允许的值，允许的值有：{ $expected }
error-unknown-value-suggest = “{ $value }”不是允许的值；是不是想写“{ $suggestion }”？
error-wrong-type = 这个值是{ $found ->
    [text] 文字
    [integer] 整数
    [decimal] 小数
    [boolean] true 或 false
    [list] 列表
    [table] 表
    [date] 没有加引号的日期
   *[other] 其他类型
  }，但这里应当是{ $expected ->
    [text] 加双引号的文字（"…"）
    [integer] 整数，例如 2
    [decimal] 数字
    [boolean] true 或 false
    [list] 方括号里的列表
    [table] 表
    [date] 日期
   *[other] 其他类型
  }
error-unsupported-format = 这个文件的格式是“{ $found }”，本程序无法读取（本程序读取“recordrights-case/1”）；它可能来自更新版本的程序
error-invalid-date = “{ $value }”不是有效日期；请按“年-月-日”填写，例如 2024-03-01
error-no-convictions = 文件中没有任何定罪记录；请至少添加一个 [[conviction]]
error-birth-after-offence = 出生日期晚于犯罪日期
error-too-young = 犯罪时年龄为{ $age }岁；不满十二周岁的人不负刑事责任（刑法第17条）
error-judgment-before-offence = 判决日期早于犯罪日期
error-completion-before-judgment = 刑罚执行完毕日期早于判决日期
error-parole-outside-sentence = 假释日期必须在判决日期和刑罚执行完毕日期之间
error-parole-not-possible = 只有被判处有期徒刑以上刑罚（且未宣告缓刑）的人才可能被假释
error-missing-term = 这种刑罚需要填写刑期：请添加 term_months
error-term-not-allowed = 这种刑罚没有刑期：请删除 term_months
error-term-out-of-range = 这种刑罚的刑期应在{ $min }到{ $max }个月之间
error-suspended-without-probation = 判处了缓刑，但没有填写缓刑考验期：请添加 probation_months
error-probation-without-suspension = 填写了考验期，但没有判处缓刑：请添加 suspended = true 或删除 probation_months
error-suspension-not-allowed = 只有拘役或三年以下有期徒刑可以宣告缓刑（刑法第72条）
error-probation-out-of-range = 缓刑考验期应在{ $min }到{ $max }个月之间（刑法第73条）
error-political-rights-out-of-range = political_rights_months 只能是 -1（终身）、0（无）或 1 到 120 之间
error-occupational-ban-out-of-range = occupational_ban_months 只能是 0（无）或 36 到 60 个月之间（刑法第37条之一）
error-political-rights-alone-out-of-range = penalty = "political_rights_only" 需要 political_rights_months，取 12 到 60 之间：单独判处剥夺政治权利的期限为一年以上五年以下（刑法第五十五条、第五十六条）
error-unknown-charge = 罪名目录中没有“{ $name }”；请使用判决书上的正式罪名
error-unknown-charge-suggest = 罪名目录中没有“{ $name }”（最接近的是：{ $suggestion }）
error-unknown-tag = “{ $tag }”不是已知的标签
error-bad-region = “{ $value }”不是地区代码；请填写 ISO 3166-2:CN 代码，例如 CN-BJ 或 CN-11，或者不填
error-unknown-fact = “{ $name }”不是本程序提出的问题；已有的问题是：{ $known }
error-bad-city = “{ $value }”不是城市代码；请填写省级代码加城市代码，例如深圳市为 CN-44-SZ，或者不填
error-city-outside-region = 城市 { $city } 不在地区 { $region } 之内；请改正其中一项
error-duplicate = “{ $what }”出现了两次（第一次在第{ $line }行）
error-contradiction = 条件互相矛盾：{ $detail }
error-missing-certainty-note = certainty 为“may_apply”，但 certainty_note_zh / certainty_note_en 没有说明原因
error-bad-duration = 期限写法无效：{ $detail }
error-empty = { $field } 不能为空
error-missing-file = 规则文件夹中缺少 { $file }
error-bad-effective-dates = effective_from 必须早于 effective_until
error-as-of-too-early = 规则库收录的是 { $earliest } 起施行的法律，无法回答 { $date } 的情况

# 系统拒绝文件操作的原因（从不显示系统自带的英文说明）。
io-not-found = 文件或文件夹不存在
io-no-permission = 你没有这个文件或文件夹的权限
io-is-folder = 这是一个文件夹，不是文件
io-disk-full = 磁盘已满
io-read-only = 磁盘或文件夹是只读的，不能写入
io-exists = 已经有同名的文件
io-other = 系统拒绝了这个操作（错误编号 { $code }）
io-other-no-code = 系统拒绝了这个操作

# TOML 写法上的错误，用平常话说明（从不显示解析器自带的英文说明）。
error-toml-duplicate-key = 同一个键写了两次，只保留其中一个
error-toml-unquoted = 文字要放在英文双引号里，例如 "危险驾驶罪"
error-toml-no-value = 只有键没有值，应写成 键 = 值
error-toml-unclosed = 这里有引号或括号开了头却没有关闭
error-toml-too-deep = 文字的嵌套层数远远超过任何案件文件或规则文件
error-toml-line-ending = 换行符有误（出现了单独的回车符），请把文件另存为普通文本
error-toml-bad-character = 这里有不允许的字符，例如看不见的控制字符或空的键名
error-toml-bad-number = 数字写法有误：不能以 0 开头（写 12，不写 012），也不能有多余的 _
error-toml-bad-escape = 反斜杠后面的写法有误；要写反斜杠本身，请连写两个
error-toml-bad-boolean = 这里要写 true 或 false，不加引号
error-toml-not-a-word = 这里要写文件格式允许的某个词，并放在英文双引号里，不能写数字或 true/false
error-toml-number-too-large = 这个数字太大了
error-toml-other = 这里的写法不符合文件格式：每行写 键 = 值，文字放在英文双引号里
