package extract

import "testing"

// TestQuantitySlashUnits: an amount printed with the slash of a compound
// unit and its sum's unit left off (450/月, 1800/个, 780/·人) takes the slash
// and its divisors as its unit, as written; a fraction, a date in figures,
// a unit in letters and a divisor that is no measure word give no such
// unit.
func TestQuantitySlashUnits(t *testing.T) {
	checkRows(t, []rowCase{
		{"城乡低保标准由2016年的450/月、242/月提高到2020年的666/月", "450 /月; 242 /月; 666 /月"},
		{"(二)树葬1800/个,草坪葬1600元/个。", "1800 /个; 1600 元"},
		{"城市居民最低生活保障标准调整为780/·人。", "780 /·人"},
		{"护理费按35/日收取。", "35 /日"},
		{"集中供养标准为1200/人·月。", "1200 /人·月"},

		// A fraction, a date in figures, a unit in letters, a sum after
		// the slash, a word that is no measure word.
		{"比例不超过总数的1/4。", ""},
		{"报名时间为2023/07/01。", ""},
		{"车速不超过60km/h。", "60 km/h"},
		{"收费标准为200/元。", ""},
		{"详见附件1/通知。", ""},
		{"参考价格350/平方米。", "350 /平方米"},
	}, "quantities", amountRows)
}

// TestQuantityCompoundTimes: a measure word with 次 after it (辆次, 车次,
// 架次, 批次) is one compound measure word, read whole as 人次 is; 次 that
// opens a word of its own (次要) or stands apart (次日) stays out, and a page's visit
// counter after its timestamp (发布67次查看) is no amount.
func TestQuantityCompoundTimes(t *testing.T) {
	checkRows(t, []rowCase{
		{"疏导社会车辆7032辆次。", "7032 辆次"},
		{"每墓(穴)限1车次。", "1 车次"},
		{"出动无人机12架次。", "12 架次"},
		{"分3批次组织祭扫。", "3 批次"},
		{"督查养老机构46家次。", "46 家次"},

		// 次 opening a word, a counter's word at a line's end.
		{"次日出动车辆5辆。", "5 辆"},
		{"共有3个次要问题。", "3 个"},
		{"2018-2-28 15:28:00发布67次查看", ""},
		{"2020-01-02 10:00:00发布3000次查看", ""},
		{"工作人员查看现场3次。", "3 次"},
	}, "quantities", amountRows)
}
