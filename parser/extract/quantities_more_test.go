package extract

import "testing"

// More quantity cases, from bureau pages the first tests did not see: the
// financial numerals in words, the longer unit over its prefix, ordinal
// sessions of a congress or committee, unit symbols in Latin letters and
// 期间.
func TestQuantitiesMore(t *testing.T) {
	tests := []rowCase{
		// A web address ends where the Chinese text after it begins.
		{"请登录网站(http://www.example.gov.cn/)填报,每个单位限报3人", "3 人"},
		{"网址：www.example.gov.cn，每人补助500元", "500 元"},
		{"详见 http://www.example.gov.cn/art/2023/5/100.html", ""},
		// A table's cells an extractor set one per line or ran together
		// on a line with no word: the table's figures, no quantities.
		{"完成率\n25.00%\n3264 41.4% 55%", ""},
		{"序号 县区 完成数\n1 舞钢市 140\n2 宝丰县 74", ""},
		{"全市养老机构入住率达到55%，较上年提高3%", "55 %; 3 %"},
		// A figure a hard wrap set alone, its unit or a mark opening the
		// next line: the text's.
		{"某市社区养老服务情况通报\n\n一、基本情况 全市社区养老服务站覆盖率达到\n85%\n。\n二、下一步工作 加快推进站点建设。", "85 %"},
		{"全市共有养老机构\n48家", "48 家"},
		// A page's counter after its figure.
		{"| 1590 次浏览 |", ""},
		{"发布时间：2020-05-25 1590次浏览", ""},
		{"全年开展100次阅读活动", "100 次"},
		// A list's number run into the year that opens its entry.
		{"报送材料：;7.2022年年度检查工作报告;8.2022年度财务报告", ""},
		{"增长7.5%", "7.5 %"},
		{"人均增加7.2元", "7.2 元"},
		// A longer unit wins over its prefix (周年 over 周).
		{"庆祝新中国成立70周年", "70 周年"},
		{"培训为期2周", "2 周"},
		{"年满60周岁的老人", "60 周岁"},
		// Financial numerals written as amounts.
		{"捐款人民币陆仟元整", "6000 元"},
		{"捐款壹万元", "10000 元"},
		{"捐款陆元", "6 元"},
		{"发放一万元慰问金", "10000 元"},
		// A count of meetings is a count.
		{"全年召开3次会议", "3 次"},
		{"召开两次全体会议", "2 次"},
		// Not quantities: a financial numeral inside a word.
		{"民盟下陆支部组织党员", ""},
		{"伍家岗区3家养老机构", "3 家"},
		{"上海陆家嘴街道", ""},
		// Not quantities: an ordinal session (九届四次全会, 十三届三次会议).
		{"学习贯彻市委九届四次全会精神", ""},
		{"市委七届一次、二次全会", ""},
		{"市第十届3次会议", ""},
		// Not quantities: a Chinese numeral inside a fixed term, a numbered
		// formulation or an idiom (cue_words.tsv, numberterm).
		{"某县四套班子领导带头捐款", ""},
		{"增强四个意识,做到两个维护", ""},
		{"教育是百年大计", ""},
		{"十年寒窗苦读", ""},
		{"祝愿新人百年好合", ""},
		// Not quantities: the base a rate is given per (每百户, 每千人, 每十万人口).
		{"按每百户不低于20平方米配建", "20 平方米"},
		{"每千名老人拥有床位35张", "35 张"},
		{"每十万人口配备2名", "2 名"},
		// A number that stands as an amount beside such words still counts,
		// and digits in a fixed term are read as printed.
		{"某县四个乡镇班子领导参加", "4 个"},
		{"十年前建成的敬老院", "10 年"},
		{"一百户困难家庭", "100 户"},
		{"每两年评定一次", "2 年"},
		{"每十天巡查一次", "10 天"},
		{"每户发放三百元", "300 元"},
		{"全县4套班子领导参加", "4 套"},
		{"省委12届5次全会", ""},
		// Unit symbols in Latin letters (GB 3100), where no letter or digit
		// goes on after them.
		{"道路长3.827km,宽60m", "3.827 km; 60 m"},
		{"设计速度60km/h", "60 km/h"},
		{"占地1.2万m2", "12000 m2"},
		{"每户发放大米5kg", "5 kg"},
		{"建筑面积3000㎡", "3000 ㎡"},
		{"装机容量20MW", "20 MW"},
		// Not quantities: letters that go on after a symbol, a word, 5G.
		{"用时3min", ""},
		{"3M公司捐赠口罩", ""},
		{"推广5G网络", ""},
		{"升级到v2.0m版本", ""},
		// 期间 is "during", no count of 期.
		{"9-21至9-21期间", ""},
		{"5至10期间", ""},
		{"举办5期培训班", "5 期"},
		// A word for the leading digit (数十, 几百) or of reaching before a
		// bare magnitude (上千) names no amount (vagueAmount); 数 closing a
		// noun (人数) and 上 closing a word (会上) are no such words.
		{"某区数十支志愿队伍参加活动", ""},
		{"几十对情侣到场登记", ""},
		{"幾十對夫妻到场", ""},
		{"上千名群众观看", ""},
		{"参加人数十余人", "10 人"},
		{"会上百名代表发言", "100 名"},
		{"次数十次", "10 次"},
		{"二十名志愿者参加", "20 名"},
		// Digit by digit is a year or a guess (digitByDigit); a numeral
		// with its places named is an amount, its last place abbreviated
		// (三百五 = 350).
		{"民國一一二年度預算", ""},
		{"一两个人陪同", ""},
		{"三五人一组", ""},
		{"共有平房百八间", "180 间"},
		{"三百五十人参加", "350 人"},
		{"一百零五户", "105 户"},
		// An idiom of a rare event counts no years.
		{"遭遇百年不遇的洪水", ""},
		{"百年老店", "100 年"},
	}
	checkRows(t, tests, "quantities", amountRows)
}
