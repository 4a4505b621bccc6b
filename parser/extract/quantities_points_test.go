package extract

import "testing"

// TestQuantityPoints: 点 after a figure in digits counts points made where a verb
// that sets them out leads it or a noun of the points follows it. Not so:
// a clock's hour (下午3点, 3点半, 8点30分, 12点前), a decimal read aloud,
// a 点 of a word (站点, 要点), a figure in Chinese numerals, and an hour before a verb that is also a
// noun of points (下午3点要求…).
func TestQuantityPoints(t *testing.T) {
	checkRows(t, []rowCase{
		{"会上提出了3点具体贯彻落实意见。", "3 点"},
		{"市局对下一步工作提出3点要求。", "3 点"},
		{"与会代表形成2点共识。", "2 点"},
		{"他结合实际讲了4点体会。", "4 点"},
		// Must not fire.
		{"截至下午4点,共登记30对。", "30 对"},
		{"婚姻登记处早上6点半开门。", ""},
		{"办公时间为上午8点30分至12点。", ""},
		{"请于12点前报送。", ""},
		{"会议定于下午3点要求全体人员到场。", ""},
		{"每天8点意见箱开启。", ""},
		{"设立站点3个。", "3 个"},
		{"会议提出了三点要求。", ""},
		{"做到两点一线。", ""},
		{"2024年工作要点。", ""},
	}, "quantities", amountRows)
}
