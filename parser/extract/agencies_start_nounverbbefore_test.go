package extract

import "testing"

// TestAgencyNounVerbBefore: a verb the segmenter tags as a noun (资助/n)
// inside the clause bounds the name of the body after it where a place
// opens that body's words; with no place after it the verb is the name's
// own word.
func TestAgencyNounVerbBefore(t *testing.T) {
	checkRows(t, []rowCase{
		{"该会捐赠50万元,定向资助青海省同仁县吾屯雪域艺术中心。", "青海省同仁县吾屯雪域艺术中心"},
		{"市民政局定向资助县儿童福利院开展康复训练。", "市民政局; 县儿童福利院"},
		{"基金会每年资助市救助管理站购置物资。", "市救助管理站"},
		// Must not fire.
		{"市学生资助管理中心发放助学金。", "市学生资助管理中心"},
		{"县教育局学生资助管理中心开展工作。", "县教育局学生资助管理中心"},
	}, "agencies", agencyNames)
}
