package extract

import "testing"

// TestAgencyGuessHead64b covers a word the segmenter guessed across the
// last character of a verb's or a preposition's word and the place or the
// level that opens a name (对|标省 for 对标|省民政厅, 开放|日巴州 for
// 开放日|巴州救助管理站): the name opens at the level or the place. Rows
// where the rule must not fire: a level printed twice (市市财政局, as
// written), a pronoun before the level (我区), a guess that is itself a
// place (和县), a name after a mark.
func TestAgencyGuessHead64b(t *testing.T) {
	checkRows(t, []rowCase{
		{"对标省民政厅的工作要求,抓好落实。", "省民政厅"},
		{"第12个全国救助管理机构开放日巴州救助管理站开展主题宣传", "巴州救助管理站"},
		{"各地要对标市民政局的工作部署。", "市民政局"},
		// Must not fire.
		{"根据市市财政局、市民政局《关于发放补贴的通知》执行。", "市市财政局; 市民政局"},
		{"局长实地调研我区社区邻里中心。", ""},
		{"检查了和县民政局的工作。", "和县民政局"},
		{"会议传达了省民政厅的工作要求。", "省民政厅"},
	}, "agencies", agencyNames)
}

// TestAgencyCemeteryKind64b covers a cemetery's proper name on 园 read
// with the kind of cemetery printed after it (龙归园公墓): one body's
// name, not the proper name and a stray 园公墓. Rows where the rule must
// not fire: the proper name with no kind after it, a conjunction before
// the kind (思源园和公墓), a word that opens like a kind (公祭).
func TestAgencyCemeteryKind64b(t *testing.T) {
	checkRows(t, []rowCase{
		{"清明期间,龙归园公墓推出代客祭扫服务。", "龙归园公墓"},
		{"长青园公墓、龙归园公墓代客祭扫、落葬预约。", "长青园公墓; 龙归园公墓"},
		{"龙归园陵园暂停现场祭扫。", "龙归园陵园"},
		// Must not fire.
		{"清明期间,龙归园推出代客祭扫服务。", "龙归园"},
		{"清明期间,思源园和公墓均暂停祭扫。", "思源园"},
		{"清明期间,松鹤园公祭活动暂停,代客祭扫照常。", "松鹤园"},
	}, "agencies", agencyNames)
}

// TestAgencyQuotedAim64b covers a quote after 创建 (to found, to earn the
// standing of a model): with no place's name of its own it is the kind of
// body or the standing striven for, a class, as after 组建. Rows where the
// rule must not fire: a quote with its place (创建“某县中心敬老院”), a
// quoted body after another verb (选择“市民政局”), 创建 with no quote.
func TestAgencyQuotedAim64b(t *testing.T) {
	checkRows(t, []rowCase{
		{"各公墓要积极创建“无烟陵园”,倡导文明祭扫。", ""},
		{"全县创建“绿色殡仪馆”活动顺利开展。", ""},
		// Must not fire.
		{"今年创建“肥西县中心敬老院”。", "肥西县中心敬老院"},
		{"群众可选择“市民政局”办理。", "市民政局"},
		{"县民政局创建示范点工作通过验收。", "县民政局"},
	}, "agencies", agencyNames)
}
