package extract

import (
	"strings"
	"testing"

	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

// TestQuantityMultipliers covers the characters that scale a figure: 千 and 百
// after digits scale them as 万 does, 万 and 亿 fold into the value before any
// unit (GOLD quantities), while 千 that opens a unit (千米, 千伏, the SI prefix)
// is the unit's, no multiplier, and a currency other than the 元 (港元) keeps
// its name.
func TestQuantityMultipliers(t *testing.T) {
	tests := []rowCase{
		// 千 and 百 after digits scale them; a unit that opens with 千 keeps it.
		{"共平掉坟包 2千个。", "2000 个"},
		{"慰问困难群众3百余人。", "300 人"},
		{"道路全长5千米。", "5 千米"},

		// A currency keeps its name with 万 folded into the value; 千伏 is a unit; 千
		// before a count still scales the figure; a date's 日 before 元旦 gives no
		// currency.
		{"合资格的长者可获发每月2200港元津贴。", "2200 港元"},
		{"立法会同时通过拨款2300万港元。", "23000000 港元"},
		{"前往220千伏铁佛智能变电站。", "220 千伏"},
		{"新建10千伏线路3条。", "10 千伏; 3 条"},
		{"捐赠善款5万欧元。", "50000 欧元"},
		// Negatives: 千 before a count still scales the figure; 万 folds
		// before 元; a date's 日 before 元旦 gives no currency.
		{"发放2千个口罩。", "2000 个"},
		{"拨付资金10万元。", "100000 元"},
		{"1月1日元旦期间暂停办理。", ""},
		// A compound amount spells each place with its multiplier, largest
		// first: one amount, its lower places no amount of their own.
		{"全县3万5千余人受益。", "35000 人"},
		{"共发放慰问金2万3千元。", "23000 元"},
		{"惠及1万5百户家庭。", "10500 户"},
		// Negatives: digits after 万 with no smaller multiplier, or a
		// larger one, start an amount of their own.
		{"发放1万元,慰问2千余人。", "10000 元; 2000 人"},
		{"全年1万 2023年起增至2万人。", "10000 ; 20000 人"},
		{"累计3千人次,其中5百人次为老人。", "3000 人次; 500 人次"},
	}
	checkRows(t, tests, "quantities", amountRows)
}

// TestQuantityFigures covers which figures are amounts: a figure right
// before a division's level word counts divisions; exact yuan amounts in the
// millions keep their jiao; a phone number, an area code with its leading 0,
// an ID number, a hotline, a code, a year run into a name, a page counter or
// a 落款 year cut short is no amount.
func TestQuantityFigures(t *testing.T) {
	tests := []rowCase{
		// A figure right before a division's level word counts divisions; a level
		// word inside a longer word or before a body's name, levels of different
		// ranks run together, a hotline, a road's number and an ordinal count
		// nothing.
		{"对12县(市、区)开展入户检查。", "12 县"},
		{"覆盖11乡镇偏远村落。", "11 乡镇"},
		{"全市12县区民政局长参会。", ""},
		{"林荫路以南至215省道。", ""},
		{"拨打12345市长热线。", ""},
		{"有10村民参加。", ""},
		{"2021市民政局工作要点", ""},
		{"推进1乡村振兴", ""},
		{"第3社区", ""},

		// Chapters of a law and cases handled are counted; a chapter's
		// ordinal is not.
		{"全文共8章73条。", "8 章; 73 条"},
		{"全市共办理婚姻登记92宗，含跨省通办7宗。", "92 宗; 7 宗"},
		{"依照第3章第12条执行。", ""},
		{"依照《某某法》第一、二章和第3、4条执行。", ""},
		{"共办理3、4件。", "4 件"},
		// Flowers are counted by the stem (枝), as sticks by 支; a branch
		// (枝) after no figure counts nothing.
		{"向群众发放鲜花1000枝。", "1000 枝"},
		{"在第2枝上挂灯笼。", ""},

		// Digits grouped by threes with a space (GB/T 15835-2011) are one figure;
		// figures set apart by spaces in a row, and groups of other widths, are
		// not joined.
		{"提供约4 000个服务名额", "4000 个"},
		{"全年支出12 500 000元", "12500000 元"},
		{"2019 100 200人", "200 人"},
		{"共10 20人", "20 人"},
		{"共1 2000人", "2000 人"},

		// A phone number that ends its line takes no unit from the next line, and
		// a figure with a leading 0 (an area code) is no amount.
		{"海城市民政局,0412-3281322\n台安县民政局,0412-4824215", ""},
		{"咨询电话:3281322\n台安县民政局", ""},
		{"编号0412台", ""},
		{"区号0412", ""},

		// A 社会救助 report prints exact yuan amounts in the millions with their jiao
		// (1765706.6元); the digits' phone shape keeps no such decimal out, while a
		// phone number, an ID number or a code printed with no decimal point stays
		// no amount.
		{"发放补贴1765706.6元。", "1765706.6 元"},
		{"累计发放补贴19187645.2元。", "19187645.2 元"},
		{"支出1234567.50元。", "1234567.5 元"},
		{"全年支出123456789.12元。", "123456789.12 元"},
		{"发放补贴176570.6元,另发1641650元。", "176570.6 元; 1641650 元"},
		{"共计1765706.6万元。", "17657066000 元"},
		// Negatives: phone numbers, a mobile number's whole shape and an
		// ID number before a decimal, a decimal with no unit, a code.
		{"咨询电话:87654321。", ""},
		{"联系电话:13812345678.2元", ""},
		{"身份证号码110101199003074512.5元", ""},
		{"电话87654321.5", ""},
		{"统一社会信用代码:12330100002504219P。", ""},

		// A page counter printed with no label on the line of a page's timestamp,
		// and the year of a 落款 date cut short (2年1月27日): a 年 right before a date
		// the date reader found is that date's year, no span of years.
		{"关于禁止非法销售墓地的通告\n2020-02-24 09:08:21  6712423次\n为进一步规范殡葬管理。", ""},
		{"标题\n2021年03月12日 10:20  356次\n正文", ""},
		{"特此公告\n2年1月27日020", ""},
		// Negatives: a count on a line with more than the stamp, a
		// stamp run into the figure, a span of years and months.
		{"2020-02-24 09:08:21 全市共救助6712次", "6712 次"},
		{"服刑2年3个月。", "2 年; 3 个月"},
		{"工作满2年,于1月27日离职。", "2 年"},
	}
	checkRows(t, tests, "quantities", amountRows)
}

// TestQuantitiesJoinedLines reads quantities in lines joined as the layout
// joins a wrapped paragraph (no separator): a phone number that ends its
// line takes no unit from the word that opens the next, while a figure
// wrapped before its unit keeps it.
func TestQuantitiesJoinedLines(t *testing.T) {
	seg, err := segment.Shared()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"发放补助金1.1", "万元。"}, "11000 元"},
		{[]string{"地名信息,共11", "个大类。"}, "11 个"},
		{[]string{"救助5043474", "元。"}, "5043474 元"},
		// Negatives: a phone or a code whose line ends before a place's
		// name or a word.
		{[]string{"海城市民政局,0412-3281322", "台安县民政局,0412-4824215"}, ""},
		{[]string{"咨询电话:3281322", "台安县民政局"}, ""},
		{[]string{"咨询电话:13812345678", "台安县民政局"}, ""},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.lines, "|"), func(t *testing.T) {
			var b span.Builder
			for k, l := range tc.lines {
				b.AddLine(l, 2*k+1)
			}
			in := &Input{Text: b.Text(), Role: "item", Env: NewEnv(testDoc(), seg)}
			if got := list(amountRows(quantitiesOf(in))); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// quantitiesOf runs the extractors in order up to quantities, which reads
// the results of those before it, and returns what they found.
func quantitiesOf(in *Input) schema.Entities {
	var out schema.Entities
	for _, x := range All {
		in.extract(x, &out)
		if x.Name() == "quantities" {
			break
		}
	}
	return out
}
