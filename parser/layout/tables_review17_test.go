package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestTablesReview17 covers review 17: a grid laid out one cell a line
// whose first row is a series of years over its columns (指标 2006 …
// 2013) has that row for its header, not a data row; and a site's bars
// of short link labels (首页| 滚动| 国内 …) are no table.
func TestTablesReview17(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // title | header rows | keys | notes, or "" for no table
	}{
		{"years over the columns, a label in the corner",
			"截至年底，全国床位526.7万张。\n\n表3 社会服务机构床位\n\n" +
				cellLines("指标", "2006", "2007", "2008", "2009",
					"床位数", "204.5", "269.6", "300.3", "326.5",
					"每千人口床位数", "1.56", "2.04", "2.26", "2.45") +
				"\n1.提供住宿的养老服务。全国各类养老服务机构42475个。\n",
			"表3社会服务机构床位 | 1 | 床位数 每千人口床位数 | "},
		{"a series of three years, its rows three",
			"一、主要指标\n\n各年救助情况表\n\n" +
				cellLines("项目", "2021", "2022", "2023",
					"低保户数", "120", "130", "140",
					"特困人数", "30", "32", "35",
					"临时救助", "80", "90", "95") +
				"\n二、下步工作\n各地要做好救助工作。\n",
			"各年救助情况表 | 1 | 低保户数 特困人数 临时救助 | "},
		{"a bar of link labels, then another",
			"首页| 滚动| 国内| 国际| 军事| 社会| 财经| 产经| 房产| 金融| 证券| 汽车| I T| 能源| 港澳| 台湾\n" +
				"English| 图片| 视频| 直播| 娱乐| 体育| 文化| 健康| 生活| 葡萄酒| 微视界| 演出| 专题\n\n" +
				"新疆阿克苏为街头流浪乞讨者设置避寒场所\n\n11月21日，阿克苏地区下发通知部署救助工作。\n",
			""},
		{"a bar of link labels over a grid in bars",
			"首页| 要闻| 政务| 公开| 服务| 互动\n\n各县补助标准\n\n| 县别 | 人数 | 金额 |\n| 甲县 | 12 | 3000 |\n| 乙县 | 15 | 4200 |\n",
			"各县补助标准 | 1 | 甲县 乙县 | "},
		// Not changed: figures that are no years, a grid of words in bars.
		{"figures in the first row that are no series of years",
			"一、主要指标\n\n各县救助情况表\n\n" +
				cellLines("甲县", "2010", "2005", "2030",
					"乙县", "120", "130", "140",
					"丙县", "30", "32", "35") +
				"\n二、下步工作\n各地要做好救助工作。\n",
			"各县救助情况表 | 0 | 甲县 乙县 丙县 | "},
		{"a grid of short words in bars, one width, stays a table",
			"各社区网格员名单\n\n姓名| 性别| 民族| 职务| 社区\n张明| 男| 汉族| 主任| 东风\n李华| 女| 回族| 委员| 红旗\n",
			"各社区网格员名单 | 1 | 张明 李华 | "},
		{"bars whose cells hold a figure are no link bar",
			"各县补助标准\n\n县别| 人数| 金额| 户数| 备注\n甲县| 12| 3000| 5| 无\n乙县| 15| 4200| 6| 无\n",
			"各县补助标准 | 1 | 甲县 乙县 | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestYearsHead: a header of years is a label and a series of years.
func TestYearsHead(t *testing.T) {
	years := []struct {
		in   string
		want bool
	}{
		{"指标 2006 2007 2008", true}, {"2021年 2022年 2023年", true}, {"项目 2019 2023", true},
		{"甲县 2010 2005 2030", false}, {"床位数 204.5 269.6", false}, {"指标 2006", false}, {"指标 1800 1801 1802", false},
	}
	for _, tc := range years {
		if got := yearsHead(strings.Fields(tc.in)); got != tc.want {
			t.Errorf("yearsHead(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
