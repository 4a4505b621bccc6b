package layout

import "testing"

// TestStampHeadings: a timestamp line beside the account that posted the
// page, which the decoder read as a heading, heads no item; headings that
// name a year or a day among their words are parts all the same.
func TestStampHeadings(t *testing.T) {
	const text = "查看原文\n其他\n\n支援来了!甘肃、青海,加油!\n\n雪域商报 2024-03-22\n\n甘肃、青海,加油!\n\n记者从自治区民政厅了解到,自治区组织有关部门向灾区捐赠救灾物资。\n\n据了解,此次行动中,自治区向灾区捐赠现金300万元。\n"
	checkItemTitles(t, []itemTitlesCase{
		{"an account's name and the day", text, ""},
		// Not so.
		{"a heading that names a year", "某县民政局工作总结\n2024-01-05 10:00:00\n近年来，某县民政局扎实推进各项工作。\n2023年工作回顾\n全年发放低保金1200万元。\n2024年工作打算\n继续做好兜底保障工作。\n", "2023年工作回顾 | 2024年工作打算"},
	})
}
