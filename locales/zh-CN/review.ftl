## 第5步：核对。

review-title = 核对你的回答
review-intro = 这是你告诉程序的全部内容。点“修改”可以更改某项回答，其他回答不会丢失。
review-edit = 修改
review-conviction = 第{ $n }项定罪
review-edit-conviction = 修改第{ $n }项定罪
review-edit-sentence = 修改第{ $n }项刑罚
review-none = 无
review-computed = 按你的回答推算
review-months = { $n }个月
review-years = { $n }年
review-suspended = 缓刑，考验期{ $n }个月
review-problems = 以下回答还需要处理：
