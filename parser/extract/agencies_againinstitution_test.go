package extract

import "testing"

// TestAgencyInstitutionAgain: an institution's ending alone after a verb
// of going names the place's institution the text prints whole. Not so:
// no place's institution of that ending printed, or the ending inside a
// longer word or after a word that is no verb of going.
func TestAgencyInstitutionAgain(t *testing.T) {
	tests := []rowCase{
		{"陆良县殡仪馆开展服务。对到殡仪馆办理丧事的群众提供帮助。", "陆良县殡仪馆; 殡仪馆"},
		{"城关镇敬老院迎来重阳节。志愿者到敬老院看望老人。", "城关镇敬老院; 敬老院"},
		{"对到殡仪馆办理丧事的群众提供帮助。", ""},
		{"流浪人员可到救助站求助。", ""},
		{"陆良县殡仪馆开展服务。新建殡仪馆一座。", "陆良县殡仪馆"},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}
