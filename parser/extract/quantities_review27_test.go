package extract

import "testing"

// TestQuantitiesReview27Units covers review 25's missed measure words:
// 寸, the size of a photograph a form asks for (2寸合影照片), and 级, the
// magnitude of an earthquake, read only with 地震 right after it or 里氏
// before the figure (units.tsv's third column, qualifiers.tsv): a figure
// before 级 elsewhere names a grade or a rank, no amount.
func TestQuantitiesReview27Units(t *testing.T) {
	tests := []rowCase{
		{"带齐双方户口簿、身份证、3 张 2寸合影彩色红底照片等相关证件材料。", "3 张; 2 寸"},
		{"须提交近期1寸免冠照片。", "1 寸"},
		{"因积石山6.2级地震,省慈善总会接收捐赠。", "6.2 级"},
		{"当地发生里氏5.1级。", "5.1 级"},
		// Negatives: a grade, a rank, a level of response, a disability
		// grade: 级 with no earthquake around it.
		{"由1名二级巡视员专职配合。", "1 名"},
		{"启动一级响应。", ""},
		{"评定为3级伤残。", ""},
		{"创建4A级景区。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}

// TestQuantitiesReview27Counters covers review 25's page counter printed
// with no label on the line of a page's timestamp (2020-02-24 09:08:21
// 6712423次) and the year of a 落款 date cut short (2年1月27日): a 年 right
// before a date the date reader found, with its month and day, is that
// date's year, no span of years.
func TestQuantitiesReview27Counters(t *testing.T) {
	tests := []rowCase{
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

// TestQuantitiesReview27Magnitude covers review 25: the magnitude of an
// earthquake is what struck, neither a plan's target nor a deed done,
// while the money of the same report still is.
func TestQuantitiesReview27Magnitude(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"money beside the quake", "因积石山6.2级地震,省慈善总会已接收社会捐赠资金7211.11万元。", "achieved 72111100 元 -"},
		{"a plan beside the quake", "震后力争新建安置房6.2万套,应对6.2级地震。", "plan 62000 套 -"},
		// Negatives: the magnitude alone, in a report and in a plan.
		{"the magnitude in a report", "全年已应对6.2级地震。", ""},
		{"the magnitude in a plan", "力争应对8级地震。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
