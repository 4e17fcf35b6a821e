## 各界面和报告共用的词语。

article = 第{ $main }条
article-sub = 第{ $main }条之{ $sub ->
    [1] 一
    [2] 二
    [3] 三
    [4] 四
    [5] 五
    [6] 六
   *[other] { $sub }
}
list-separator = {"；"}
# 放在“到 2027-01-10 为止（1个月后）”这类开头之后。
lead-colon = {"："}
time-in-months = { $n }个月后
time-in-days = { $n ->
    [0] 今天
   *[other] { $n }天后
}

## 刑罚
penalty-exempted = 定罪免予刑事处罚
penalty-fine-only = 单处罚金
penalty-political-rights-only = 单独剥夺政治权利
penalty-control = 管制
penalty-detention = 拘役
penalty-fixed-term = 有期徒刑
penalty-life = 无期徒刑
penalty-death-suspended = 死刑缓期执行

## 身份
role-public-servant = 公务员
role-party-member = 中共党员
role-police = 人民警察
role-judge = 法官
role-procurator = 检察官
role-lawyer = 律师
role-notary = 公证员
role-physician = 医师
role-teacher = 教师
role-accountant = 会计人员
role-company-officer = 公司董事、监事或高级管理人员
role-driver = 驾驶人
role-student = 学生
role-soldier = 军人

## 罪过
fault-intentional = 故意犯罪
fault-negligent = 过失犯罪

## 轻重分类
severity-petty = 微罪（免予刑事处罚、罚金、管制、拘役或缓刑）
severity-minor = 轻罪（三年以下有期徒刑）
severity-serious = 重罪（三年以上有期徒刑、无期徒刑或死缓）

## 确定程度
certainty-applies = 适用
certainty-may-apply = 可能适用

## 规范层级
level-law = 法律
level-administrative-regulation = 行政法规
level-departmental-rule = 部门规章
level-party-regulation = 党内法规
level-judicial-interpretation = 司法解释
level-local-norm = 地方性规范

## 领域
domain-occupation = 职业与工作
domain-licence = 执照与许可
domain-benefit = 待遇与福利
domain-registration = 登记与注册
domain-civic = 公民权利
domain-travel = 出入境
domain-obligation = 义务
domain-record = 你的记录
domain-family = 家庭

## 期限
duration-lifetime = 终身
duration-fixed = 到某一日期为止
duration-range = 在两个日期之间结束
duration-while-serving = 服刑期间

## 罪名标签
tag-violent = 暴力犯罪
tag-sexual = 性犯罪
tag-against-minors = 侵害未成年人的犯罪
tag-drug = 毒品犯罪
tag-traffic = 交通犯罪
tag-property = 财产犯罪
tag-fraud = 诈骗类犯罪
tag-corruption-bribery = 贪污贿赂犯罪
tag-embezzlement = 侵占、挪用类犯罪
tag-duty-crime = 渎职犯罪
tag-national-security = 危害国家安全犯罪
tag-terrorism = 恐怖活动犯罪
tag-organised-crime = 黑社会性质组织犯罪
tag-market-order = 破坏社会主义市场经济秩序罪
tag-food-safety = 食品安全犯罪
tag-drug-safety = 药品犯罪
tag-accounting = 会计类犯罪
tag-tax = 税收犯罪
tag-smuggling = 走私犯罪
tag-financial = 金融犯罪
tag-securities = 证券犯罪
tag-border = 妨害国（边）境管理犯罪
tag-prostitution = 卖淫类犯罪
tag-gambling = 赌博类犯罪
tag-money-laundering = 洗钱类犯罪
tag-firearms = 枪支、弹药、爆炸物类犯罪
tag-public-safety = 危害公共安全犯罪
tag-public-order = 妨害社会管理秩序犯罪
tag-cyber = 计算机和网络犯罪
tag-environment = 破坏环境资源犯罪
tag-intellectual-property = 侵犯知识产权犯罪
tag-justice = 妨害司法犯罪
tag-military = 军事类犯罪
tag-public-health = 危害公共卫生犯罪
tag-endangering-production-safety = 危害生产安全犯罪

## “因为你回答了……”
because-penalty = 刑罚是{ $penalty }
because-term-at-least = 刑期为{ $term }个月（不少于{ $limit }个月）
because-term-at-most = 刑期为{ $term }个月（不超过{ $limit }个月）
because-suspended = 判处了缓刑
because-not-suspended = 没有判处缓刑
because-fault = 属于{ $fault }
because-professional = 属于职务（业务）犯罪或职务过失犯罪
because-not-professional = 不属于职务（业务）犯罪
because-charge = 罪名是{ $charge }
because-tag = { $charge }属于{ $tag }
because-chapter = 该罪名在刑法分则第{ $chapter }章
because-section = 该罪名在刑法分则第{ $chapter }章第{ $section }节
because-political-rights-life = 法院判处剥夺政治权利终身
because-not-political-rights-life = 法院没有判处剥夺政治权利终身
because-article = 该罪名规定在刑法{ $article }
because-age-below = 犯罪时你{ $age }岁（不满{ $limit }周岁）
because-age-at-least = 犯罪时你{ $age }岁（已满{ $limit }周岁）
because-role = 你现在是{ $role }
because-political-rights = 法院判处剥夺政治权利
because-no-political-rights = 法院没有判处剥夺政治权利
because-occupational-ban = 法院宣告了从业禁止
because-paroled = 你被假释
because-not-paroled = 你没有被假释
because-convicted = 你因{ $charge }被定罪
