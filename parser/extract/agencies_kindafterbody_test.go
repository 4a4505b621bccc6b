package extract

import "testing"

// TestAgencyKindAfterBody: a kind of cemetery by its standing in law
// printed after a body's name (福德陵园|经营性公墓) says which kind the
// body is or runs: the name ends at the body's own ending. A kind with no
// body's ending before it, a place before the kind, or words of no kind
// between keep the ending as read.
func TestAgencyKindAfterBody(t *testing.T) {
	checkRows(t, []rowCase{
		{"检查组对福德山陵园经营性公墓及殡仪馆进行了实地查看。", "福德山陵园"},
		{"考察组先后到安宁市连然街道办事处农村公益性公墓、昆明西郊殡仪馆参观。", "安宁市连然街道办事处; 昆明西郊殡仪馆"},
		{"在乌拉特后旗城郊生态陵园公益性公墓开展检查。", "乌拉特后旗城郊生态陵园"},
		// Must not fire.
		{"全县共建成9个殡仪馆、11个经营性公墓。", ""},
		{"松阳县静安园公墓二期销售价格见附表。", "松阳县静安园公墓"},
		{"为规范公益性公墓管理,制定本办法。", ""},
		{"县民政局到龙山公益性公墓开展检查。", "县民政局; 龙山公益性公墓"},
	}, "agencies", agencyNames)
}
