package chrono

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// got renders what Find returns compactly: text=value..end [from,to] rel.
func render(es []Expr) string {
	var parts []string
	for _, e := range es {
		s := e.Text + "=" + string(e.Kind)
		if e.Value != "" {
			s += ":" + e.Value
		}
		if e.EndValue != "" {
			s += ".." + e.EndValue
		}
		if e.From != "" || e.To != "" {
			s += "[" + e.From + "," + e.To + "]"
		}
		if e.Relation != "" {
			s += " " + string(e.Relation)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	june := Ref{Year: 2025, Month: 6, Day: 3}
	jan := Ref{Year: 2026, Month: 1, Day: 10}
	yearOnly := Ref{Year: 2022}
	tests := []struct {
		name string
		ref  Ref
		in   string
		want string
	}{
		{"full date", june, "2025年6月3日", "2025年6月3日=day:2025-06-03[2025-06-03,2025-06-03]"},
		{"yearless day takes the issue's year", june, "5月30日，市政府召开", "5月30日=day:2025-05-30[2025-05-30,2025-05-30]"},
		{"time of day is part of the text", june, "11月26日上午，", "11月26日上午=day:2025-11-26[2025-11-26,2025-11-26]"},
		{"december event in a january issue", jan, "12月28日，", "12月28日=day:2025-12-28[2025-12-28,2025-12-28]"},
		{"january plan in a december issue", Ref{Year: 2025, Month: 12}, "1月5日前", "1月5日前=day:2026-01-05[,2026-01-05] before"},
		{"a january report in a page saved in september", Ref{Year: 2024, Month: 9}, "中新网1月17日电", "1月17日=day:2024-01-17[2024-01-17,2024-01-17]"},
		{"a january month reported in a december issue", Ref{Year: 2025, Month: 12}, "1月份，全市发放", "1月份=month:2025-01[2025-01-01,2025-01-31]"},
		{"range across months", june, "11月20日-12月3日", "11月20日-12月3日=day:2025-11-20..2025-12-03[2025-11-20,2025-12-03]"},
		{"range with 至 and a bare day", yearOnly, "2022年1月18日至19日", "2022年1月18日至19日=day:2022-01-18..2022-01-19[2022-01-18,2022-01-19]"},
		{"range of days with a dash", yearOnly, "2022年1月12-14日", "2022年1月12-14日=day:2022-01-12..2022-01-14[2022-01-12,2022-01-14]"},
		{"range with 到", june, "3月1日到3月5日", "3月1日到3月5日=day:2025-03-01..2025-03-05[2025-03-01,2025-03-05]"},
		{"range with a tilde", june, "3月1日～5日", "3月1日～5日=day:2025-03-01..2025-03-05[2025-03-01,2025-03-05]"},
		{"range over new year", june, "12月28日至1月3日", "12月28日至1月3日=day:2025-12-28..2026-01-03[2025-12-28,2026-01-03]"},
		{"chinese numerals", Ref{}, "二〇二五年六月三日", "二〇二五年六月三日=day:2025-06-03[2025-06-03,2025-06-03]"},
		{"chinese numerals with 十", Ref{}, "二〇二一年十二月三十一日", "二〇二一年十二月三十一日=day:2021-12-31[2021-12-31,2021-12-31]"},
		{"a day of every year is no date", june, "殡仪馆于每年 11 月底前报送资料", ""},
		{"a day of every year, unspaced", june, "每年3月5日开展学雷锋活动", ""},
		{"a day of every year after 的", june, "在每年的2月14日开展活动", ""},
		{"the days listed after a day of every year", june, "在每年的2月14日、5月20日等特殊的日子", ""},
		{"a day listed after a dated day is one", june, "于2月14日、5月20日开展活动", "2月14日=day:2025-02-14[2025-02-14,2025-02-14]; 5月20日=day:2025-05-20[2025-05-20,2025-05-20]"},
		{"a day after a clause of every year is one", june, "每年3月5日开展活动，5月20日召开会议", "5月20日=day:2025-05-20[2025-05-20,2025-05-20]"},
		{"a day after the clause's comma is one", june, "每年3月5日，5月20日召开会议", "5月20日=day:2025-05-20[2025-05-20,2025-05-20]"},
		{"a day after 今年 is one", june, "今年3月5日开展学雷锋活动", "今年3月5日=day:2025-03-05[2025-03-05,2025-03-05]"},
		{"当年 after a year the sentence gives is that year", june, "只有2007年(当年8月19日)是周日", "当年8月19日=day:2007-08-19[2007-08-19,2007-08-19]"},
		{"当年 with no year before it in its sentence is the text's", june, "2019年完成。上年12月1日至当年11月末", "上年12月1日=day:2024-12-01[2024-12-01,2024-12-01]; 当年11月末=month:2025-11[2025-11-21,2025-11-30]"},
		{"a day after a list's number opening the line", june, "1.5月8日，县民政局开展宣传活动。", "5月8日=day:2025-05-08[2025-05-08,2025-05-08]"},
		{"a day after a list's number on a later line", june, "简讯\n 12.5月10日，开展演练。", "5月10日=day:2025-05-10[2025-05-10,2025-05-10]"},
		{"a decimal before 月 inside a sentence is no day", june, "工期约1.5月8日完成", ""},
		{"a day whose 年 and 月 the copy lost", Ref{}, "登记时间在2023630日(含)之前", "2023630日=day:2023-06-30[2023-06-30,2023-06-30]"},
		{"a day whose marks the copy lost, zero-padded", Ref{}, "截至20240105日", "20240105日=day:2024-01-05[2024-01-05,2024-01-05]"},
		{"lost marks that read two ways read none", Ref{}, "于2023112日", ""},
		{"a count of days is no date", june, "累计服务365日", ""},
		{"a day whose 年 alone the copy lost", Ref{}, "统计期限为20251月1日至202512月31日止", "20251月1日=day:2025-01-01[2025-01-01,2025-01-01]; 202512月31日=day:2025-12-31[2025-12-31,2025-12-31]"},
		{"a month of 13 after a lost 年 is none", Ref{}, "于202513月1日", ""},
		{"a day whose 月 alone the copy lost, after a clause", june, "一是召开推进会。528日，专班召开会议", "528日=day:2025-05-28[2025-05-28,2025-05-28]"},
		{"a lost 月 before a deadline", june, "并于430日前报送", "430日前=day:2025-04-30[,2025-04-30] before"},
		{"a lost 月 of a two-figure month", june, "自1015日起", "1015日=day:2025-10-15[2025-10-15,2025-10-15]"},
		{"a count of days is no lost 月", june, "自受理之日起120日内办结", ""},
		{"a count of days after its verb is none", june, "公示期为120日。", ""},
		{"figures that split two ways read none", june, "于112日召开", ""},
		{"a count of days above", june, "。365日全天候服务", ""},
		{"days of a month listed, the last closed by 日", june, "4月1、2、5日为祭扫高峰期", "4月1=day:2025-04-01[2025-04-01,2025-04-01]; 2=day:2025-04-02[2025-04-02,2025-04-02]; 5日=day:2025-04-05[2025-04-05,2025-04-05]"},
		{"counts listed after a month are no days", june, "4月1、2、5项任务", ""},
		{"a list past the 31st is none", june, "4月1、2、45日", ""},
		{"a publish stamp split over lines", june, "2024\n\n07/30\n\n16:46\n来源：", "2024\n\n07/30\n\n16:46=day:2024-07-30[2024-07-30,2024-07-30]"},
		{"a split stamp without its time", june, "2023\n1/5\n", "2023\n1/5=day:2023-01-05[2023-01-05,2023-01-05]"},
		{"a year ending a line over a fraction", june, "增长至2024\n3/4的家庭", ""},
		{"a year alone over a page number", june, "2024\n13/20\n", ""},
		{"an amount before 月 is no year", june, "平均12000月均支出", ""},
		{"a year and a zero-led month of one figure read none", Ref{}, "于20250月1日", ""},

		{"a year's figures that are no year", Ref{}, "累计1234567日", ""},
		{"dotted", Ref{}, "2025.6.3", "2025.6.3=day:2025-06-03[2025-06-03,2025-06-03]"},
		{"iso", Ref{}, "2025-06-03印发", "2025-06-03=day:2025-06-03[2025-06-03,2025-06-03]"},
		{"slashed", Ref{}, "2025/6/3", "2025/6/3=day:2025-06-03[2025-06-03,2025-06-03]"},
		{"a space after each dash", Ref{}, "发布日期: 2019- 04- 21 16: 37", "2019- 04- 21=day:2019-04-21[2019-04-21,2019-04-21]"},
		{"a space after the first dash alone", Ref{}, "2019- 04-21", ""},
		{"a month spaced after its dash", Ref{}, "2019- 06", ""},
		{"dotted month", Ref{}, "完成时间：2019.06", "2019.06=month:2019-06[2019-06-01,2019-06-30]"},
		{"dashed month of two digits", Ref{}, "2019-06", "2019-06=month:2019-06[2019-06-01,2019-06-30]"},
		{"dotted range of months", Ref{}, "2019.06-2020.12", "2019.06-2020.12=month:2019-06..2020-12[2019-06-01,2020-12-31]"},
		{"dotted range of days, the end's year left out", Ref{}, "民政工作周报(2020.10.12——10.18)", "2020.10.12——10.18=day:2020-10-12..2020-10-18[2020-10-12,2020-10-18]"},
		{"dashed range of whole days", Ref{}, "2020-10-12至2020-10-18", "2020-10-12至2020-10-18=day:2020-10-12..2020-10-18[2020-10-12,2020-10-18]"},
		{"a range running backwards is the start alone", Ref{}, "2020.10.12-10.01", "2020.10.12=day:2020-10-12[2020-10-12,2020-10-12]"},
		{"a phone number after a date is no range end", Ref{}, "2020.10.12-0790.6413", "2020.10.12=day:2020-10-12[2020-10-12,2020-10-12]"},
		{"an amount after a date is no range end", Ref{}, "2020.1.12-3.5万元", "2020.1.12=day:2020-01-12[2020-01-12,2020-01-12]"},
		{"a share after a date is no range end", Ref{}, "2020.10.12—11.5%", "2020.10.12=day:2020-10-12[2020-10-12,2020-10-12]"},
		{"no range to an implausible year", Ref{}, "2020.10.12-9999.1.1", "2020.10.12=day:2020-10-12[2020-10-12,2020-10-12]"},
		{"a decimal amount is no month", Ref{}, "资金2019.5万元", ""},
		{"a dash and one digit opens a range of years", Ref{}, "2019-6", ""},
		{"no thirteenth month", Ref{}, "2019.13", ""},
		{"month with 份", june, "自今年1月份开始", "今年1月份=month:2025-01[2025-01-01,2025-01-31]"},
		{"last year against the reference", june, "自去年10月1日发布后", "去年10月1日=day:2024-10-01[2024-10-01,2024-10-01]"},
		{"no year to resolve against", Ref{}, "10月1日起施行", "10月1日=day"},
		{"months sharing 月", june, "1-2月累计发放", "1-2月=month:2025-01..2025-02[2025-01-01,2025-02-28]"},
		{"a count of months is no range", june, "培训1-2个月", ""},
		{"a range of days is no range of months", june, "12-14日", ""},
		{"months sharing 月 in chinese numerals", june, "2024年一至三月", "2024年一至三月=month:2024-01..2024-03[2024-01-01,2024-03-31]"},
		{"year and month", Ref{}, "2024年3月", "2024年3月=month:2024-03[2024-03-01,2024-03-31]"},
		{"first ten days", june, "5月上旬", "5月上旬=month:2025-05[2025-05-01,2025-05-10]"},
		{"last ten days", june, "2月下旬", "2月下旬=month:2025-02[2025-02-21,2025-02-28]"},
		{"last ten days of a month in chinese numerals", june, "四月下旬,春暖花开", "四月下旬=month:2025-04[2025-04-21,2025-04-30]"},
		{"month end in chinese numerals", june, "十月底前完成", "十月底前=month:2025-10[,2025-10-31] before"},
		{"a month in chinese numerals alone needs its year", june, "四月,春暖花开", ""},
		{"a lunar day after a month in chinese numerals", june, "九月初九重阳节", ""},
		{"month end deadline", june, "6月底前", "6月底前=month:2025-06[,2025-06-30] before"},
		{"day deadline", Ref{}, "2025年6月30日前", "2025年6月30日前=day:2025-06-30[,2025-06-30] before"},
		{"year end deadline", june, "2021年底前完成", "2021年底前=period[,2021-12-31] before"},
		{"bare year end deadline takes the reference", june, "年底前全市", "年底前=period[,2025-12-31] before"},
		{"year end of a stated year", june, "2022年底占比", "2022年底=period[2022-12-01,2022-12-31]"},
		{"quarter", june, "一季度", "一季度=period[2025-01-01,2025-03-31]"},
		{"half year", june, "今年上半年", "今年上半年=period[2025-01-01,2025-06-30]"},
		{"start of year", june, "年初", "年初=period[2025-01-01,2025-02-28]"},
		{"spring festival", Ref{Year: 2022, Month: 1}, "春节期间", "春节期间=period[2022-01-31,2022-02-07]"},
		{"before the spring festival", Ref{Year: 2022, Month: 1}, "春节前", "春节前=period[,2022-01-31] before"},
		{"open start", june, "今年以来", "今年以来=period[2025-01-01,2025-06-03] since"},
		{"open end", june, "截至目前", "截至目前=period[,2025-06-03] until"},
		{"until a date", june, "截至5月31日", "截至5月31日=day:2025-05-31[2025-05-31,2025-05-31] until"},
		{"vague is kept vague", june, "近日，", "近日=vague"},
		{"two dates", june, "5月26日和5月28日", "5月26日=day:2025-05-26[2025-05-26,2025-05-26]; 5月28日=day:2025-05-28[2025-05-28,2025-05-28]"},
		{"unresolvable year stays empty", Ref{}, "5月30日", "5月30日=day"},
		{"元月 is the first month", june, "在2016年元月为3584户", "2016年元月=month:2016-01[2016-01-01,2016-01-31]"},
		{"元月 with a day", june, "元月15日起", "元月15日=day:2025-01-15[2025-01-15,2025-01-15]"},
		{"元月份", june, "今年元月份", "今年元月份=month:2025-01[2025-01-01,2025-01-31]"},
		// 年度 after a year: the month after it is that year's.
		{"a month after 年度", june, "2020年度1月民政统计", "2020年度1月=month:2020-01[2020-01-01,2020-01-31]"},
		{"a month after 年度 and a space", june, "2020年度 1月", "2020年度 1月=month:2020-01[2020-01-01,2020-01-31]"},
		{"part of a month after 年度", june, "2023年度3月底完成", "2023年度3月底=month:2023-03[2023-03-21,2023-03-31]"},
		{"months sharing 月 after 年度", june, "2022年度1-3月", "2022年度1-3月=month:2022-01..2022-03[2022-01-01,2022-03-31]"},
		{"a day after a relative 年度", june, "截至上年度12月31日", "截至上年度12月31日=day:2024-12-31[2024-12-31,2024-12-31] until"},
		{"元月 ends a range of months", june, "2015年12月至2016年元月", "2015年12月至2016年元月=month:2015-12..2016-01[2015-12-01,2016-01-31]"},

		// Not dates.
		{"document number", june, "平民〔2021〕54号", ""},
		{"five-year plan", june, "“十四五”时期", ""},
		{"issue number", june, "第39期", ""},
		{"bare year", june, "2025年全市民政工作会议", ""},
		{"range of years", june, "(2025-2027年)", ""},
		{"phone number", june, "0375-4976695", ""},
		{"recurring monthly day", june, "于每月25日前报送", ""},
		{"duration in months", june, "6个月", ""},
		{"hours", june, "24小时值班", ""},
		{"amount with decimal", june, "1.1万元", ""},
		{"month count 月度", june, "3月度考核", ""},
		{"impossible day", june, "2月30日", ""},
		{"impossible month", june, "13月5日", ""},
		{"digits run on", june, "12025年", ""},
		{"day deadline is not 日前", june, "25日前", ""},
		{"room number", june, "3号楼", ""},
		{"元 after an amount is the currency", june, "补贴300元月均发放", ""},
		{"元 after a chinese amount", june, "每人三百元月15日前发放", ""},
		{"正月 is a lunar month", june, "2016年正月", ""},
		{"腊月 is a lunar month", june, "2016年腊月二十三", ""},
		{"年度 with no month", june, "2023年度工作计划", ""},
		{"年度 and a count of months", june, "2023年度3个月", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := render(Find(tc.in, tc.ref)); got != tc.want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestStatedYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"3月26日,2025年全市民政工作会议召开", 2025},
		{"2022年1月18日至19日，省民政厅", 2022},
		{"落实《三年行动计划(2025-2027年)》,2024年", 2024},
		{"平民〔2021〕54号", 0},
		{"5月30日，市政府召开", 0},
		// A year the sentence counts years since is another event's.
		{"周某2016年3月从十堰竹山走失,其家属已经寻找他7年之久。", 0},
		{"2024年，老李已在民政岗位上坚守10年之久。", 2024},
		{"2023年，时隔4年，全市老年人运动会再次举办。", 2023},
		{"2016年3月走失。家属寻找他7年之久。", 2016},
		{"2024年3月，工作持续了3个月之久。", 2024},
	}
	for _, tc := range tests {
		if got := StatedYear(tc.in); got != tc.want {
			t.Errorf("StatedYear(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// FuzzFind checks that Find never panics and that every expression it
// returns lies inside the text, in order, with its text at its offsets.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"2025 年 6 月 3 日", "11月20日-12月3日", "2022年1月12-14日，", "二〇二五年六月三日", "年底前", "春节期间", "截至目前", "于每月25日前", "2025.6.3", "〔2021〕"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, e := range Find(s, Ref{Year: 2025, Month: 6, Day: 3}) {
			if e.Start < prev || e.End <= e.Start || e.End > len(s) || s[e.Start:e.End] != e.Text {
				t.Fatalf("bad expression %+v in %q", e, s)
			}
			prev = e.End
		}
		StatedYear(s)
		// Decoded text is valid UTF-8; there Find skips nothing a scan of
		// every position would find.
		if utf8.ValidString(s) {
			ref := Ref{Year: 2025, Month: 6, Day: 3}
			if got, want := render(Find(s, ref)), render(findEveryPosition(s, ref)); got != want {
				t.Fatalf("Find(%q) = %s, a scan of every position gives %s", s, got, want)
			}
		}
	})
}

// findEveryPosition is Find without its shortcuts: Starting at every rune,
// a yearless date taking the year of the date before it in its sentence,
// as Find's does.
func findEveryPosition(s string, ref Ref) []Expr {
	var out []Expr
	var last Ref
	for i := 0; i < len(s); {
		if e, ok := Starting(s, i, ref); ok {
			carried := false
			if e.yearless && last.Year > 0 {
				if f, ok := Starting(s, i, last); ok && f.End == e.End {
					e, carried = f, true
				}
			}
			if !e.yearless || carried {
				if at, ok := refOf(e); ok {
					last = at
				}
			}
			out = append(out, e)
			i = e.End
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune(sentenceEnds, r) {
			last = Ref{}
		}
		i += n
	}
	return out
}

// Find passes over runes no rule starts with and the inside of numbers; it
// must find what trying Starting at every position finds.
func TestFindSkipsNothing(t *testing.T) {
	naive := findEveryPosition
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus files")
	}
	ref := Ref{Year: 2025, Month: 6, Day: 3}
	texts := []string{"12025年6月，2025年6月5日至6月8日，20256月，3.2025年，第12月，2021-06-03。"}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.ReplaceAll(string(b), " ", "")) // as squeezed: 2025年6月
	}
	found := 0
	for _, s := range texts {
		got, want := render(Find(s, ref)), render(naive(s, ref))
		if got != want {
			t.Errorf("Find and a scan of every position differ:\n got %s\nwant %s", got, want)
		}
		if want != "" {
			found++
		}
	}
	if found < len(texts)/2 {
		t.Errorf("expressions in only %d of %d texts: the test checks little", found, len(texts))
	}
}

// decodeAt decodes Han characters in line; it must agree with
// unicode/utf8 on every rune, and starts with the list it was built from.
func TestDecodeAtAndStarts(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := "年" + string(r) + "月"
		if got, n := decodeAt(s, len("年")); got != r || n != utf8.RuneLen(r) {
			t.Fatalf("decodeAt(%q) = %q, %d; want %q, %d", s, got, n, r, utf8.RuneLen(r))
		}
		want := r >= '0' && r <= '9' || strings.ContainsRune("〇零○ΟО—─一二两三四五六七八九十今本当去上明下全年第截目到春元国近日前不", r) || englishStarts[r]
		if starts(r) != want {
			t.Fatalf("starts(%q) = %v, want %v", r, !want, want)
		}
	}
}

// Years written digit by digit with look-alikes: the circle and letter O for
// 〇, a dash for 一.
func TestYearLookAlikes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"二Ο一六年十月十日", "2016-10-10"},  // Greek capital omicron
		{"二O一六年十月十日", "2016-10-10"},  // Latin O
		{"二○二五年一月二十日", "2025-01-20"}, // white circle
		{"—九九七年一月一日", "1997-01-01"},  // em dash for 一
		{"二〇二五年六月三日", "2025-06-03"},  // the character 〇 itself
		{"二两一六年十月十日", ""},            // 两 is no digit of a year
		{"——九七年一月", ""},              // a dash does not stand for two digits
		{"O一六年十月十日", ""},             // three digits are no year
	} {
		got := ""
		for _, e := range Find(tc.in, Ref{}) {
			if e.Kind == Day || e.Kind == Month {
				if e.YearFrom == "text" {
					got = e.Value
				}
				break
			}
		}
		if got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestYearAt(t *testing.T) {
	ref := Ref{Year: 2018, Month: 1, Day: 17}
	tests := []struct {
		in   string
		want int
	}{
		{"今年,全市拟巡访", 2018},
		{"明年全面完成", 2019},
		{"2020年全市将建成", 2020},
		{"2023年度工作计划", 2023},
		// A month or a period follows, or no year at all.
		{"今年6月底前", 0},
		{"今年底完成", 0},
		{"2021年底前完成", 0},
		{"2021年3月", 0},
		{"2019-2021年", 0},
		{"2023年度3月底前", 0},
		{"全市拟巡访", 0},
	}
	for _, tc := range tests {
		y, _, ok := YearAt(tc.in, 0, ref)
		if !ok {
			y = 0
		}
		if y != tc.want {
			t.Errorf("YearAt(%q) = %d, want %d", tc.in, y, tc.want)
		}
	}
}

// TestWeekday: the day of the week a date is printed with, in either script
// and in brackets; a count of weeks or a word that opens with 周 is none.
func TestWeekday(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"星期二,欢迎", len("星期二")},
		{"禮拜天", len("禮拜天")},
		{"週三 某县", len("週三")},
		{"(周一)某社区", len("(周一)")},
		{"（星期五）", len("（星期五）")},
		{"周边社区", 0},
		{"星期", 0},
		{"两周内完成", 0},
		{"某社区周二开展", 0},
	}
	for _, tc := range tests {
		if got := Weekday(tc.in); got != tc.want {
			t.Errorf("Weekday(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
