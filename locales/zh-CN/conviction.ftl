## 第3步：定罪情况。

conviction-title = { $total ->
    [1] 定罪情况
   *[other] 第{ $n }项定罪（共{ $total }项）
}
conviction-intro = 你被判了什么罪，以及时间。判决书上写明了罪名。
conviction-charge = 罪名
conviction-charge-chosen = 已选择：{ $charge }（刑法{ $article }，分则第{ $chapter }章）
conviction-charge-search = 搜索
conviction-charge-search-hint = 罪名、罪名的一部分或条文号（如 133-1）
conviction-charge-row = { $charge } — { $article }，第{ $chapter }章
conviction-charge-more = 还有{ $n }个：多输入几个字可以缩小范围。
conviction-charge-none = 没有匹配的罪名。请尝试输入罪名的一部分或条文号。
conviction-article = 刑法条文
conviction-facts = 对补充问题的回答
conviction-offence-date = 犯罪日期
conviction-judgment-date = 判决生效日期
conviction-judgment-date-why = 指判决发生法律效力的日期，而不是开庭的日期。
conviction-fault = 故意还是过失
conviction-fault-default = 该罪名按法律规定属于：{ $fault }。只有判决书另有认定时才需要修改。
conviction-fault-as-charge = 按罪名确定
conviction-professional = 这是利用职业便利或者违背职业要求实施的犯罪（包括职务过失犯罪）
conviction-professional-why = 有些法律（例如公证法）把职务过失犯罪与故意犯罪同样对待。
conviction-add = + 添加另一项定罪
conviction-remove = 删除这一项定罪
