package extract

import "testing"

// TestAgencyAgainSubject: an institution named by its ending alone at the
// head of a sentence, where the page names its place's one, is that one;
// the ending alone where no place's is printed, inside a clause, or run
// on into a longer name, or before a localizer (大学期间: the time it
// names), is not read by this rule.
func TestAgencyAgainSubject(t *testing.T) {
	checkRows(t, []rowCase{
		{"记者同市救助站工作人员走上街头。救助站工作人员给了他两床棉被。", "市救助站; 救助站"},
		{"县殡仪馆开通了网上预约。殡仪馆每天安排专人值守。", "县殡仪馆; 殡仪馆"},
		// Must not fire.
		{"救助站工作人员给了他两床棉被。", ""},
		{"流浪人员可以求助。救助站工作人员会提供帮助。", ""},
		{"记者同市救助站工作人员走上街头，救助站工作人员给了他棉被。", "市救助站"},
		{"县殡仪馆开通了网上预约。殡仪馆服务中心每天安排专人值守。", "县殡仪馆; 殡仪馆服务中心"},
		{"他考上了郑州大学。大学期间，他仍享受孤儿基本生活费。", "郑州大学"},
	}, "agencies", agencyNames)
}
