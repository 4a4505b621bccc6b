package extract

import "testing"

// TestAgencyAgainStation: a station or a local office named in full and
// then by its bare word (金口街社工站 … 社工站在…) is the same body; the
// bare word with no full name before it, after a count or 各, or before a
// bracket naming another kind beside it is no body.
func TestAgencyAgainStation(t *testing.T) {
	checkRows(t, []rowCase{
		{"3月18日,金口街社工站在金水社区举办活动。活动当天,社工站在广场开展有奖问答。", "金口街社工站; 金水社区; 社工站"},
		{"池厅长来到福州市救助管理站,要求福州市民政局和救助管理站加强托底保障。", "福州市救助管理站; 福州市民政局; 救助管理站"},
		// Must not fire.
		{"活动当天,社工站在广场开展有奖问答。", ""},
		{"近日,江永县基层社工站挂牌。全县6个社工站开展服务。", "江永县基层社工站"},
		{"近日,江永县基层社工站挂牌。各社工站开展服务。", "江永县基层社工站"},
		{"近日,江永县基层社工站挂牌。全县每个社工站配备社工。", "江永县基层社工站"},
		{"近日,江永县基层社工站挂牌。全县三个 社工站开展服务。", "江永县基层社工站"},
		{"近日,江永县基层社工站挂牌。社工站(室)主要开展社会救助服务。", "江永县基层社工站"},
		{"近日,柳园口乡敬老院开展活动。了解敬老院老人的生活。", "柳园口乡敬老院"},
	}, "agencies", agencyNames)
}
