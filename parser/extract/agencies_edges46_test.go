package extract

import (
	"strings"
	"testing"

	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

// TestAgencyWordEdges covers endings read across a word's edge or a
// kind taken for a body: 站稳 after 工作站, a demonstrative and its count,
// the local rank of foundations, a history hall, a building of an
// address run onto a body, two levels as a list's member, one character
// guessed onto a whole ending, and a unit named by two fields joined by
// 和; each with rows where the rule must not fire.
func TestAgencyWordEdges(t *testing.T) {
	checkRows(t, []rowCase{
		// 站稳 (to stand firm) opens on the 站 of 工作站.
		{"推动河西镇民政工作站稳全市前列", ""},
		{"推动县养老服务站稳步发展", "县养老服务站"},
		// Must not fire: a station whose name ends before another word.
		{"县社会工作服务站稳妥推进试点", "县社会工作服务站"},
		{"石门镇社工站站长王某出席", "石门镇社工站"},
		// 这一, 那一 refer back to a thing by its kind.
		{"紧紧围绕服务群众这一中心,落实各项任务", ""},
		// Must not fire: a centre named with its place.
		{"这是县社会福利中心的新址", "县社会福利中心"},
		// 地方性 ranks foundations by area, a kind.
		{"地方性公募基金会的原始基金不低于400万元", ""},
		// Must not fire: a foundation named by its place; 全国性 before
		// the one committee of the nation.
		{"浙江省慈善基金会的原始基金不低于400万元", "浙江省慈善基金会"},
		{"全国性社会组织评估委员会审定", "全国性社会组织评估委员会"},
		// A history hall is a venue.
		{"东起河西村委会,西至河西村史馆,长300米", "河西村委会"},
		{"参观了红旗校史馆", ""},
		// Must not fire: a museum of its own.
		{"参观了县博物馆", "县博物馆"},
		// A building of the address before the body that sits there.
		{"邮寄至:某市长江路9号行政中心市民政局办公室(邮编100000)", "市民政局办公室"},
		// Must not fire: two bodies run together.
		{"邮寄至:某市长江路9号市委市政府", "市委; 市政府"},
		// Two levels opening a list's member are a class.
		{"贯彻党中央、国务院和省州党委、政府的部署", "党中央; 国务院"},
		{"落实国务院和省市党委、政府的部署", "国务院"},
		// Must not fire: a member with one level.
		{"贯彻党中央、国务院和省委、省政府的部署", "党中央; 国务院; 省委; 省政府"},
		// One character guessed onto a whole ending.
		{"因墓园停车位有限,请拼车前往", ""},
		// Must not fire: a level or a cemetery's own name.
		{"市公墓停车位有限", "市公墓"},
		{"福寿墓园停车位有限", "福寿墓园"},
		// A unit named by two fields joined by 和.
		{"局长王某、社会救助和社会福利科干部李某参加", "社会救助和社会福利科"},
		{"会上,老龄工作和养老服务科汇报了工作", "老龄工作和养老服务科"},
		// Must not fire: a person, a body or a verb before 和.
		{"局长王某、张三和社会福利科科长李四参加", "社会福利科"},
		{"县民政局、县财政局和社会保障科参加", "县民政局; 县财政局; 社会保障科"},
		{"要加强监督和管理科室建设", ""},
	}, "agencies", agencyNames)
}

// TestAgencyCemeteries covers the cemeteries a text about worship at
// graves names by their own names closing on 园, with rows where the rule
// must not fire: another text, a park, a common word.
func TestAgencyCemeteries(t *testing.T) {
	checkRows(t, []rowCase{
		{"清明期间请错峰拜祭,在墓园焚烧祭品须到指定地点。\n二、西山新区松柏园及思源园工作人员照常上班。", "西山新区松柏园; 思源园"},
		{"清明节期间文明祭扫,各公墓延长开放时间。\n宝安区福安园每日8时开放。", "宝安区福安园"},
		{"清明节期间文明祭扫,各公墓延长开放时间。\n东城区南郊思源园 0123—3357640", "东城区南郊思源园"},
		{"清明节期间文明祭扫,各公墓延长开放时间。\n城关镇梨树园村设临时停车点。", ""},
		{"清明节期间文明祭扫,各公墓延长开放时间。\n车辆请经桃李园路绕行。", ""},
		// Must not fire: grounds of another kind; no worship; no cemetery.
		{"清明期间请错峰拜祭,在墓园焚烧祭品须到指定地点。\n市民可到龙华公园和翠湖花园休息。", ""},
		{"西山新区松柏园及思源园工作人员照常上班。", ""},
		{"清明期间文明祭扫。\n西山新区松柏园及思源园工作人员照常上班。", ""},
		{"游客可到东湖公园、香山园游玩,公墓另行开放,不设祭扫。\n东湖公园开放", ""},
	}, "agencies", agencyNames)
}

// TestAgencyHeadingLine covers a numbered heading's line that a layout
// joined onto the next: no name runs back across its end; a name wrapped
// across two lines of body text is still read whole.
func TestAgencyHeadingLine(t *testing.T) {
	seg, err := segment.Shared()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"七、申请条件", "基金会、社会团体申请认定为慈善组织,应当符合下列条件:"}, ""},
		{[]string{"五、申请材料", "基金会应当提交下列材料:"}, ""},
		// Must not fire: a name wrapped in body text; a heading that names
		// a body whole.
		{[]string{"本次活动由南阳市慈善", "基金会主办,共募集善款。"}, "南阳市慈善基金会"},
		{[]string{"二、南阳市民政局", "开展调研"}, "南阳市民政局"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.lines, "|"), func(t *testing.T) {
			var b span.Builder
			for k, l := range tc.lines {
				b.AddLine(l, 2*k+1)
			}
			in := &Input{Text: b.Text(), Role: "item", Env: NewEnv(testDoc(), seg)}
			var out schema.Entities
			for _, x := range All {
				in.extract(x, &out)
				if x.Name() == "agencies" {
					break
				}
			}
			if got := list(agencyNames(out)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
