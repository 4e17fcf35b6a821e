## 第2步：关于你。

person-title = 关于你
person-intro = 关于你的几项基本情况。只有出生日期是必填的。
person-birth-date = 出生日期
person-birth-date-why = 需要出生日期，是因为法律对不满十八周岁（以及已满七十五周岁）的人犯罪有不同的规定。
person-region = 户籍所在地
person-city = 城市
person-region-why = 选填。有些规定是地方性的，只约束在当地登记户籍的人。本程序收录了北京、上海、广东的地方规定；其他省份只显示国家法律。
person-roles = 你现在的身份
person-roles-intro = 勾选所有符合你目前情况的选项。有些法律会撤销你已经取得的执照或职务。
role-public-servant-explain = 你是公务员或其他公职人员
role-party-member-explain = 你是中国共产党党员
role-police-explain = 你在人民警察队伍中任职
role-judge-explain = 你是法官
role-procurator-explain = 你是检察官
role-lawyer-explain = 你持有律师执业证书
role-notary-explain = 你是公证员
role-physician-explain = 你已注册为执业医师
role-teacher-explain = 你持有教师资格
role-accountant-explain = 你从事会计工作或是注册会计师
role-company-officer-explain = 你是公司的董事、监事或高级管理人员
role-driver-explain = 你持有机动车驾驶证
role-student-explain = 你是学生
role-soldier-explain = 你是现役军人
person-region-none = 不填
person-city-elsewhere = { $province }的其他地方
person-city-why = 广州市和深圳市有只约束本市居民的规定。
