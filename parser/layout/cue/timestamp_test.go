package cue

import "testing"

func TestTimestamp(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2018-01-25 11:02", "2018-01-25"},
		{"2020-07-23 20:52:35", "2020-07-23"},
		{"07.02.2018 16:32", "2018-02-07"},
		{"2025/1/20", "2025-01-20"},
		// The time run into the date by an extractor: the colon tells them apart.
		{"2022-01-2009:24", "2022-01-20"},
		{"2022-01-209:24:10", "2022-01-20"},
		{"2022-01-20 第39期", "2022-01-20"},
		// Run into a column's name and a source.
		{"社会热点2022-09-18 10:50:12未知", "2022-09-18"},
		{"社会热点2022-09-18", ""},
		{"创建于2023-04-17", "2023-04-17"},
		{"会议于2023-04-17召开", ""},
		// The date in Chinese form with its time, a cell bar after it.
		{"2025年06月19日18:13 |", "2025-06-19"},
		{"2025年6月9日 18:13:05", "2025-06-09"},
		{"2025年6月9日", ""}, // a 落款's or a date line's day: no timestamp
		{"2025年13月9日 18:13", ""},
		// A date in Latin letters, the year written.
		{"Nov 22, 2025", "2025-11-22"},
		{"Nov 22", ""},
		{"November is here", ""},
		// No date.
		{"2022-13-01", ""},
		{"20220120", ""},
		{"09:24", ""},
		{"2022-01-2009", ""},
	}
	for _, tc := range tests {
		got, ok := Timestamp(tc.in)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("Timestamp(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTimeOfDayDate finds a page's timestamp in Chinese form among other
// words; a date with no time of day is a sentence's or a 落款's.
func TestTimeOfDayDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"中央政府门户网站 www.gov.cn   2013年04月24日 09时07分   ", "2013-04-24"},
		{"某某网 2025年6月19日 18:13", "2025-06-19"},
		{"2019年09月09日09:30 ", "2019-09-09"},
		// No time of day.
		{"中央政府门户网站 www.gov.cn 2013年04月24日 ", ""},
		{"会议于2013年4月24日召开", ""},
		{"2013年04月24日 9时", ""},
	}
	for _, tc := range tests {
		got, ok := TimeOfDayDate(tc.in)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("TimeOfDayDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestClockedDate finds a page's stamp, a date with its time of day in
// figures or in Chinese form, among other words (ClockedDate), and where
// it opens the line (OpeningClockedDate); a date with no clock, or a
// figure run into the year, is none.
func TestClockedDate(t *testing.T) {
	for _, tc := range []struct{ in, anywhere, opening string }{
		{"转载 某某2024/04/03 08:57:14 发布 IP属地:未知 ", "2024-04-03", ""},
		{"| 2025-03-26 09:25:20??", "2025-03-26", ""},
		{"2021年6月21日15:14:17某某资讯401字阅读1分20秒", "2021-06-21", "2021-06-21"},
		{"2021-06-21 15:14 某某资讯 401", "2021-06-21", "2021-06-21"},
		// Not opening the line.
		{"401字 2021-06-21 15:14", "2021-06-21", ""},
		{"12人 2021年6月21日15:14", "2021-06-21", ""},
		// No stamp.
		{"会议于2021年6月21日召开，", "", ""},
		{"2021-06-21 某某资讯", "", ""},
		{"编号12021-06-21 15:14", "", ""}, // a longer number
		{"共计2021.5万元 15:14", "", ""},
	} {
		got, ok := ClockedDate(tc.in)
		if !ok {
			got = ""
		}
		op, ok := OpeningClockedDate(tc.in)
		if !ok {
			op = ""
		}
		if got != tc.anywhere || op != tc.opening {
			t.Errorf("%q: ClockedDate %q, OpeningClockedDate %q; want %q, %q", tc.in, got, op, tc.anywhere, tc.opening)
		}
	}
}

// TestAddressedDate reads a date that a site's address runs into.
func TestAddressedDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"jianaisc.com?2013-08-13", "2013-08-13"},
		{"www.gov.cn2014-05-26", "2014-05-26"},
		{"news.example.com.cn/2020.04.29", "2020.04.29"},
		// No address: words, a figure, a bare date.
		{"来源2013-08-13", ""},
		{"2013-08-13", ""},
		{"abc2013-08-13", ""},
	} {
		got, _ := addressedDate(tc.in)
		if got != tc.want {
			t.Errorf("addressedDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestStampAfter: a bare timestamp that closes a field's value after a
// space is the page's time, the value before it the field's; a date in
// the value's words, or figures that are no timestamp, are not.
func TestStampAfter(t *testing.T) {
	tests := []struct {
		in   string
		end  int
		want string
	}{
		{"某某办 2022-11-01 16:46", len("某某办"), "2022-11-01"},
		{"某县民政局 2021-06-04", len("某县民政局"), "2021-06-04"},
		{"某某日报 2019.02.21 09:44:10", len("某某日报"), "2019-02-21"},
		{"某报-某客户端2022-11-12 10:46:18", len("某报-某客户端"), "2022-11-12"},
		{"某报-某客户端2022-11-12", len("某报-某客户端"), "2022-11-12"},
		{"某某日报 2018-02-23 01:54   https://www.example.net/", len("某某日报"), "2018-02-23"},
		// Not a closing timestamp.
		{"某县民政局", 0, ""},
		{"某报2022-11-12期", 0, ""},
		{"某某网2022", 0, ""},
		{"某县民政局 2022-11-01 访问量 35", 0, ""},
		{"某县民政局 0371-6595", 0, ""},
		{"某县民政局 https://www.example.net/", 0, ""},
	}
	for _, tc := range tests {
		end, iso, _, _ := StampAfter(tc.in)
		if end != tc.end || iso != tc.want {
			t.Errorf("StampAfter(%q) = %d, %q; want %d, %q", tc.in, end, iso, tc.end, tc.want)
		}
	}
}

// TestEpochPlaceholder: the first day of the Unix epoch is an unfilled
// field; any other day, and that day printed in words, is a date.
func TestEpochPlaceholder(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"1970-01-01 08:00:00", true},
		{"1970-01-01", true},
		{"2022-01-01 08:00:00", false},
		{"1970年1月1日", false},
		{"1971-01-01", false},
	}
	for _, tc := range tests {
		if got := EpochPlaceholder(tc.in); got != tc.want {
			t.Errorf("EpochPlaceholder(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestLabelledStamp: a page's time field run into its label with no colon,
// the page's other fields after it, gives its date; a date in a sentence,
// one with no time of day, or one that opens the line gives none.
func TestLabelledStamp(t *testing.T) {
	tests := []struct{ in, want string }{
		{"时间2025-02-20 13:01:32发布zangli分类殡葬政策浏览68", "2025-02-20"},
		{"日期2021/3/5 9:30 来源:本站", "2021-03-05"},
		// None.
		{"时间2025-02-20发布某某分类殡葬政策", ""},
		{"2025-02-20 13:01:32 某局召开会议", ""},
		{"会议于2025年2月20日13:00在市民政局召开。", ""},
	}
	for _, tc := range tests {
		got, _ := LabelledStamp(tc.in)
		if got != tc.want {
			t.Errorf("LabelledStamp(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
