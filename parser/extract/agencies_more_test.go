package extract

import "testing"

// TestAgenciesMore covers the recipient lines, cited titles, list members
// and endings that bureau pages beyond the corpus print, each with cases
// where the rule must not fire.
func TestAgenciesMore(t *testing.T) {
	tests := []struct{ in, want string }{
		// A 主送 line of bare township levels names a class; a level with
		// its place, a county's level, or the same words in running text
		// name one body.
		{"镇人民政府、街道办事处:\n现就有关事项通知如下", ""},
		{"镇人民政府：\n现就有关事项通知如下", ""},
		{"相城区人民政府太平街道办事处:\n你办《关于…的请示》收悉", "相城区人民政府太平街道办事处=相城区人民政府太平街道办事处/乡"},
		{"县民政局、县财政局:\n现就有关事项通知如下", "县民政局=县民政局/县; 县财政局=县财政局/县"},
		{"镇人民政府负责组织实施。", "镇人民政府=镇人民政府/乡"},
		// A cited title names its issuers before 关于, on both sides of a
		// forwarding verb, and in the title it forwards.
		{"《市政府办公厅转发江宁区政府〈关于加强民政工作规范化建设意见〉的通知》", "市政府办公厅=南阳市政府办公厅/市; 江宁区政府=江宁区政府/县"},
		{"《市民政局关于转发〈省民政厅关于做好救助工作的通知〉的通知》", "市民政局=南阳市民政局/市; 省民政厅=河南省民政厅/省"},
		{"《国务院批转民政部关于进一步做好工作的通知》", "国务院=国务院/国家; 民政部=民政部/国家"},
		{"《关于转发〈社会团体登记管理条例〉的通知》", ""},
		// 幸福院 ends a village's home for the elderly named by its place;
		// the rural ones as a kind are none.
		{"先后察看了白琳镇翁江幸福院、龙安敬老院的建设运营情况", "白琳镇翁江幸福院=白琳镇翁江幸福院/; 龙安敬老院=龙安敬老院/县"},
		{"检查了城区养老院和农村幸福院。", "城区养老院=城区养老院/县"},
		{"检查了城区养老院和农村敬老院。", "城区养老院=城区养老院/县"},
		// A trade's word for one office, in a list opened by a name with
		// its bare level, takes that level; after a named place, or as a
		// kind of body, it does not.
		{"对县中心敬老院、社会福利院和城北老年活动中心进行检查", "县中心敬老院=县中心敬老院/县; 社会福利院=社会福利院/; 城北老年活动中心=城北老年活动中心/县"},
		{"县民政局和光荣院、殡仪馆等单位", "县民政局=县民政局/县; 光荣院=光荣院/; 殡仪馆=殡仪馆/"},
		{"云安区、新兴县人民政府、民政局和相关镇负责同志", "新兴县人民政府=新兴县人民政府/县"},
		{"县民政局、养老机构负责人参加", "县民政局=县民政局/县"},
		{"市行政审批服务局、民政局相关科室", "市行政审批服务局=南阳市行政审批服务局/市"},
		// A community's name holds no second community.
		{"实地调研了诸暨市东盛社区未来社区建设情况", "诸暨市东盛社区=诸暨市东盛社区/县"},
		{"走访了城关镇月池塘社区", "城关镇月池塘社区=城关镇月池塘社区/乡"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var got []string
			for _, a := range run(t, tc.in, "agencies").Agencies {
				got = append(got, a.Text+"="+a.FullName+"/"+a.Level)
			}
			if list(got) != tc.want {
				t.Errorf("got %q, want %q", list(got), tc.want)
			}
		})
	}
}
