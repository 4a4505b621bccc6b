package cue

import "testing"

// TestDamagedDate reads 落款 dates whose marks the copy lost or mistyped,
// and leaves figures that read no one date.
func TestDamagedDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2023323", "2023-03-23"},    // marks lost: 32 is no month
		{"2025月2月18日", "2025-02-18"}, // 年 typed as 月
		{"2024年1015", "2024-10-15"},  // month and day run together
		{"20241005日", ""},            // 10-05 only, read whole (chrono's lost marks): FullDate's
		{"2021年4月21", "2021-04-21"},  // 日 lost
		{"二○一三年三月二十八", "2013-03-28"}, // 日 lost after numerals
		{"二〇二二年十二月", ""},             // a month: no day to close
		{"二○一三年三月二十八日", ""},          // printed whole: FullDate's
		{"2023323 |", "2023-03-23"},  // a table's bar after it
		{"2024112", ""},              // 1-12 or 11-2
		{"2023年3月23日", ""},           // printed whole: FullDate's
		{"2023230", ""},              // 2-30 is no day
		{"1234567", ""},              // no year of a date
		{"联系电话2706406", ""},          // words
		{"20232", ""},                // a month alone
	} {
		e, ok := DamagedDate(tc.in)
		got := ""
		if ok {
			got = e.Value
		}
		if got != tc.want {
			t.Errorf("DamagedDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDamagedDateBy reads figures that make two days by the day the page
// says it was posted: the later of them not after it; none where both are
// after it or the page is of another year. Six figures alone read only by
// that day: a day of its year, not after it.
func TestDamagedDateBy(t *testing.T) {
	for _, tc := range []struct{ in, posted, want string }{
		{"2023125", "2023-12-05", "2023-12-05"}, // 1-25 or 12-5: both before, the later
		{"2023125", "2023-06-01", "2023-01-25"}, // 12-5 is after the posting
		{"2023125", "2023-01-10", ""},           // both after it
		{"2023125", "2024-01-03", ""},           // another year's page
		{"2023125", "", ""},                     // no page date
		{"2023323", "2023-01-01", "2023-03-23"}, // one reading needs no page date
		{"201861", "2018-07-20", "2018-06-01"},  // six figures alone: a day of the posted year before it
		{"202257", "2022-05-07", "2022-05-07"},  // posted the day it was signed
		{"201988", "2019-10-02", "2019-08-08"},  // 8-8 only
		{"201861", "", ""},                      // six figures and no page date: a postcode's look
		{"200031", "2023-04-11", ""},            // a postcode: no day of the posted year
		{"201899", "2018-08-30", ""},            // 9-9 is after the posting
		{"201861", "2019-01-15", ""},            // another year's page
	} {
		e, ok := DamagedDateBy(tc.in, tc.posted)
		got := ""
		if ok {
			got = e.Value
		}
		if got != tc.want {
			t.Errorf("DamagedDateBy(%q, %q) = %q, want %q", tc.in, tc.posted, got, tc.want)
		}
	}
}
