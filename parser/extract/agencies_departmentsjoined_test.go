package extract

import "testing"

// TestAgencyDepartmentsJoined: two departments of one province printed
// back to back, the second bare, are two bodies, each named as written;
// a department's unit, a hall, or a single department stays one name.
func TestAgencyDepartmentsJoined(t *testing.T) {
	checkRows(t, []rowCase{
		{"自治区财政厅民政厅联合印发通知。", "自治区财政厅; 民政厅"},
		{"财政厅民政厅联合印发通知。", "财政厅; 民政厅"},
		{"北岭省财政厅民政厅关于调整补助标准的通知", "北岭省财政厅; 民政厅"},
		{"北岭省财政厅省民政厅联合印发通知。", "北岭省财政厅; 省民政厅"},
		// Must not fire.
		{"北岭省民政厅办公厅印发通知。", "北岭省民政厅办公厅"},
		{"北岭省民政厅社会救助处负责解释。", "北岭省民政厅社会救助处"},
		{"北岭省民政厅召开会议。", "北岭省民政厅"},
		{"北岭省民政厅某厅召开会议。", "北岭省民政厅某厅"},
		{"北岭省民政厅政务服务大厅开放。", "北岭省民政厅政务服务大厅"},
		{"甘肃省财政厅、省民政厅联合印发通知。", "甘肃省财政厅; 省民政厅"},
	}, "agencies", agencyNames)
}

// TestCitedDepartmentsJoined: in a cited title's issuers, two departments
// of one province printed back to back are two issuers.
func TestCitedDepartmentsJoined(t *testing.T) {
	checkRows(t, []rowCase{
		{"按照《北岭省财政厅民政厅关于调整补助标准的通知》要求执行。", "北岭省财政厅; 民政厅"},
		{"按照《自治区发展改革委 财政厅 民政厅关于印发收费办法的通知》执行。", "自治区发展改革委; 财政厅; 民政厅"},
		{"根据《湖南省民政厅湖南省财政厅湖南省人力资源和社会保障厅关于提高补助标准的通知》执行。", "湖南省民政厅; 湖南省财政厅; 湖南省人力资源和社会保障厅"},
		// Must not fire.
		{"按照《北岭省民政厅办公厅关于做好救助工作的通知》执行。", "北岭省民政厅办公厅"},
	}, "agencies", agencyNames)
}
