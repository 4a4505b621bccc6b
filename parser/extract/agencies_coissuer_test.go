package extract

import "testing"

// TestAgencyCoIssuerShort: a body named by its field and ending alone
// among the issuers a cited title lists after a body named whole is one
// of the co-issuers, of the others' level, a space a PDF left in the list
// or none between the names. A member that opens the list, the trade's
// word for a kind, a class or a word with no government's ending is none.
func TestAgencyCoIssuerShort(t *testing.T) {
	checkRows(t, []rowCase{
		{"现将《民政部、财政部、统计局印发<捐赠款物统计办法>的通知》转发给你们。", "民政部; 财政部; 统计局"},
		{"现将《民政部、财政部、 统计局印发<捐赠款物统计办法>的通知》转发给你们。", "民政部; 财政部; 统计局"},
		{"现将《民政部财政部 统计局关于印发<捐赠款物统计办法>的通知》转发给你们。", "民政部; 财政部; 统计局"},
		{"根据《省民政厅、财政厅关于调整救助标准的通知》要求，做好发放工作。", "省民政厅; 财政厅"},
		{"按照《民政部、审计署、统计局关于开展专项检查的通知》，开展自查。", "民政部; 审计署; 统计局"},
		// Must not fire.
		{"现将《统计局、民政部关于印发<统计办法>的通知》转发给你们。", "民政部"},
		{"根据《民政部、有关部门关于做好救助工作的通知》要求。", "民政部"},
		{"根据《民政部、民政局关于做好救助工作的通知》要求。", "民政部"},
		{"根据《民政部、领导小组关于做好救助工作的通知》要求。", "民政部"},
		{"根据《民政部、各地民政局关于做好救助工作的通知》要求。", "民政部"},
	}, "agencies", agencyNames)
}
