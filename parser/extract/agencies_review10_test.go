package extract

import "testing"

// TestAgenciesReview10 covers the conventions read from reviewer 10's
// bureaus: the later members of a list of bodies that a body the scan
// found leads, or governs with a preposition, each with a body's ending
// (short names in context); a level the segmenter ran into its guess of
// a proper name, which still names the place; the endings of the 民政 system's other
// institutions (疗养院, 养护院, 军休所, 火葬场 …); and a numeral alone before
// a bare ending, which counts bodies of a kind. Each with cases where the
// rule must not fire: classes of bodies, members with no ending, kinds of
// institution, a second name run on, a name's own number.
func TestAgenciesReview10(t *testing.T) {
	tests := []rowCase{
		// Members of a list after a body the scan found.
		{"1月20日，高新区民政局按照党工委、管委会的部署安排，开展走访慰问。", "高新区民政局; 党工委; 管委会"},
		{"宁波市社会福利院、市恩美儿童福利院和市老年疗养院是三家福利机构。", "宁波市社会福利院; 市恩美儿童福利院; 市老年疗养院"},
		{"市局办公室、计财处、救灾处等部门负责同志陪同调研。", "市局办公室; 计财处; 救灾处"},
		{"市民政局、住建局、各乡镇民政主管负责人参加了仪式。", "市民政局; 住建局"},
		{"县民政局和住建局负责人参加了仪式。", "县民政局; 住建局"},
		{"县民政局、市场监管局开展检查。", "县民政局; 市场监管局"},
		{"县民政局根据财政局、审计局的意见进行整改", "县民政局; 财政局; 审计局"},
		{"市民政局、公安局和交警大队开展检查", "市民政局; 公安局; 交警大队"},
		// Classes, fields and kinds of institution end the list.
		{"县民政局和有关部门负责同志参加。", "县民政局"},
		{"县民政局会同民政、财政等部门开展检查。", "县民政局"},
		{"县民政局、各乡镇民政办参加会议。", "县民政局"},
		{"县民政局走访敬老院、光荣院。", "县民政局"},
		{"县民政局、照料中心等单位参加。", "县民政局"},
		{"县民政局、市场营销中心参加", "县民政局"},
		{"燕子河镇民政办紧紧围绕党委、政府的中心工作", "燕子河镇民政办"},
		{"县民政局按照党工委的部署开展工作。", "县民政局"},
		{"县民政局和计财处同志参加了区委会议。", "县民政局; 计财处; 区委"},
		{"县民政局和群众代表参加区委", "县民政局; 区委"},
		{"县民政局对下属科室、直属站所进行考核", "县民政局"},
		{"严格按照省民政厅和市委市政府的有关工作部署要求", "省民政厅; 市委; 市政府"},
		// The institutions of the 民政 system; a level the segmenter
		// guessed into a proper name still names the place.
		{"市恩美福利院举行活动。", "市恩美福利院"},
		{"市老年疗养院举行活动。", "市老年疗养院"},
		{"县军休所组织老干部学习。", "县军休所"},
		{"市殡仪馆和市火葬场开展检查。", "市殡仪馆; 市火葬场"},
		{"市老年养护院投入使用。", "市老年养护院"},
		{"市复退军人精神病院开展义诊。", "市复退军人精神病院"},
		// A numeral alone before the bare ending counts bodies; a name's
		// own number does not.
		{"加快建设“三地一区”两中心，推动发展。", ""},
		{"建设三中心一平台", ""},
		{"八五九民政局发布通知", "八五九民政局"},
		{"市第一中心举行活动", "市第一中心"},
		{"县三一二地质队开展工作", "县三一二地质队"},
	}
	checkRows(t, tests, "agencies", agencyNames)
}
