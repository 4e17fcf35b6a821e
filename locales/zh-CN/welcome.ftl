## 第1步：欢迎。

welcome-title = 我的犯罪记录还会限制我做什么？
welcome-what = 回答几个关于你本人和定罪情况的问题，程序会用通俗的语言告诉你：法律仍然对你关闭了哪些职业、执照、待遇和登记，依据是哪条法律，到哪一天为止，以及你的犯罪记录是否已经封存。
welcome-what-not = 它不是律师。它只了解规则库中的全国性法律法规，也无法知道你案件的全部事实：当结论取决于它无法知道的情况时，它会标明“可能适用”并说明原因。
welcome-privacy-title = 你的回答只留在这台电脑上
welcome-privacy = 你输入的任何内容都不会离开这台电脑；除非你选择保存，否则什么都不会保存。
welcome-rules-current = 规则更新至 { $date }：共 { $provisions } 个法律条文、{ $charges } 个罪名。
welcome-start = 开始
welcome-keyboard = 提示：Tab 键在各项之间移动，回车进入下一步，Alt ← 返回上一步。
welcome-open-failed = 无法使用这个案件文件，没有作任何改动：
welcome-open-title = 或者打开已保存的案件
welcome-open-path = 案件文件
welcome-open-hint = .case.toml 文件的路径
open-error-another = 打开另一个文件…
open-error-close = 关闭
welcome-open = 打开
welcome-recent = 最近打开或保存的文件
