package extract

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"bulletin/parser/clean"
	"bulletin/schema"
)

func TestQuantities(t *testing.T) {
	tests := []struct{ in, want string }{
		{"共排查经济困难老年人 200 余人", "200 人 余 more_than [经济困难老年人]"},
		{"完成 4416 名特困人员的自理能力评估", "4416 名 [特困人员]"},
		{"发放补助金 1.1 万元", "11000 元 [补助金]"},
		{"将价值 9 万余元的奶制品捐赠", "90000 元 余 more_than"},
		{"养老机构床位占比 12.73%", "12.73 %"},
		{"百分之四十的乡镇", "40 %"},
		{"每人每月分别提高了124元和117元", "124 元; 117 元"},
		{"收费标准为每人2-12元", "2 元 to 12"},
		{"培训养老服务人才不低于4190人次", "4190 人次 不低于 at_least [养老服务人才]"},
		{"四千四百一十六名特困人员", "4416 名 [特困人员]"},
		{"整理出近千平方米场地", "1000 平方米 近 about"},
		{"这个习惯坚持了有十余年", "10 年 余 more_than"},
		{"改造1,200户", "1200 户"},
		{"60岁及以上人群", "60 岁"},
		{"24小时专人值班", "24 小时"},
		{"发放两万元慰问金", "20000 元"},
		{"超过300人参加", "300 人 超过 more_than"},
		{"覆盖200人以上", "200 人 以上 at_least"},
		{"由1名二级巡视员、1名二级调研员专职配合", "1 名 [二级巡视员]; 1 名 [二级调研员]"},
		{"建成114个村级示范性养老服务站点", "114 个"},
		// Not quantities.
		{"2025 年 6 月 3 日", ""},
		{"平民〔2021〕54号", ""},
		{"联系人：徐东亚（0375-4976695）", ""},
		{"邮箱：pdsylfwk2020@163.com", ""},
		{"第39期", ""},
		{"重点抓好养老服务“3+3+3+N”工作部署", ""},
		{"“五位一体”的关爱保护机制", ""},
		{"1、街道综合养老中心", ""},
		{"分解细化（见附件1）", ""},
		{"2021 年底前完成", ""},
		{"09:30召开", ""},
		{"一是强化政策宣传", ""},
		{"三年行动计划(2025-2027年)", "3 年"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var got []string
			for _, q := range run(t, tc.in, "quantities").Quantities {
				s := fmt.Sprintf("%g %s", q.Value, q.Unit)
				if q.To != nil {
					s += fmt.Sprintf(" to %g", *q.To)
				}
				if q.Qualifier != "" {
					s += " " + q.Qualifier
				}
				if q.Bound != "" {
					s += " " + q.Bound
				}
				if q.Subject != "" && strings.Contains(tc.want, "[") {
					s += " [" + q.Subject + "]"
				}
				got = append(got, s)
			}
			if list(got) != tc.want {
				t.Errorf("got %q, want %q", list(got), tc.want)
			}
		})
	}
}

func TestAgencies(t *testing.T) {
	tests := []struct{ in, want string }{
		{"市政府副市长周华锋出席会议", "市政府=南阳市政府/市"},
		{"南阳市消防救援支队防火监督科副科长郑新芳", "南阳市消防救援支队防火监督科=南阳市消防救援支队防火监督科/市"},
		{"由市民政局主办、市社会福利院和市未成年人救助保护中心承办", "市民政局=南阳市民政局/市; 市社会福利院=南阳市社会福利院/市; 市未成年人救助保护中心=南阳市未成年人救助保护中心/市"},
		{"镇平县民政局联合县妇联、科协", "镇平县民政局=镇平县民政局/县; 县妇联=县妇联/县; 科协=科协/"},
		{"市委市政府高度重视", "市委=南阳市委/市; 市政府=南阳市政府/市"},
		{"市纪委监委派驻市民政局纪检监察组组长", "市纪委监委派驻市民政局纪检监察组=南阳市纪委监委派驻市民政局纪检监察组/市"},
		{"传达《国家消防救援局 民政部关于加强消防工作的通知》精神", "国家消防救援局=国家消防救援局/国家; 民政部=民政部/国家"},
		{"联合为民社会工作服务中心走进县养老服务中心", "为民社会工作服务中心=为民社会工作服务中心/; 县养老服务中心=县养老服务中心/县"},
		{"南阳万德隆携手伊利集团捐赠", "伊利集团=伊利集团/"},
		{"抄送：省民政厅社会组织管理局。", "省民政厅社会组织管理局=河南省民政厅社会组织管理局/省"},
		{"强化与卫健体委等相关部门的沟通", "卫健体委=卫健体委/"},
		{"报市局养老服务科", "市局养老服务科=南阳市民政局养老服务科/市"},
		{"深入二龙乡三潭小学开展活动", "二龙乡三潭小学=二龙乡三潭小学/"},
		{"邓州市民政局开展活动", "邓州市民政局=邓州市民政局/县"},
		{"市局将整理汇总后上报省厅", "市局=南阳市民政局/市; 省厅=河南省民政厅/省"},
		// Bodies that need no ending, endings that name bodies.
		{"根据国务院《殡葬管理条例》有关规定", "国务院=国务院/国家"},
		{"坚决贯彻党中央决策部署", "党中央=党中央/国家"},
		{"市文明办、县地名办联合开展活动", "市文明办=南阳市文明办/市; 县地名办=县地名办/县"},
		{"省民政厅调研组来我市调研", "省民政厅调研组=河南省民政厅调研组/省"},
		{"朝天门街道开展入户走访", "朝天门街道=朝天门街道/乡"},
		{"深入新兴街道民泰社区了解情况", "新兴街道民泰社区=新兴街道民泰社区/乡"},
		{"宁国经济技术开发区负责人陪同", "宁国经济技术开发区=宁国经济技术开发区/县"},
		{"走访宁国市慈善之家和宁国生命文化教育馆", "宁国市慈善之家=宁国市慈善之家/县; 宁国生命文化教育馆=宁国生命文化教育馆/县"},
		{"入住鼓楼老年公寓", "鼓楼老年公寓=鼓楼老年公寓/县"},
		{"由市民政局区划地名股负责解释", "市民政局区划地名股=南阳市民政局区划地名股/市"},
		{"区民政局基层政权建设和社会治理科副科长", "区民政局基层政权建设和社会治理科=区民政局基层政权建设和社会治理科/县"},
		// Where a name starts: after a label, a preposition, a verb or a person.
		{"发布机构 渝中区民政局", "渝中区民政局=渝中区民政局/县"},
		{"自民政部启动专项救助行动以来", "民政部=民政部/国家"},
		{"副厅长相瑛率省民政厅调研组抵达", "省民政厅调研组=河南省民政厅调研组/省"},
		{"先后深入路口镇福利院、县社会福利院查看", "路口镇福利院=路口镇福利院/; 县社会福利院=县社会福利院/县"},
		{"为路口福利院和县社会福利院各送去慰问金", "路口福利院=路口福利院/; 县社会福利院=县社会福利院/县"},
		{"参观了颐和护理中心", "颐和护理中心=颐和护理中心/"},
		{"土葬的汉民坟迁往榆树沟公墓", "榆树沟公墓=榆树沟公墓/县"},
		{"通道县民政局开展活动", "通道县民政局=通道县民政局/县"},
		{"我市市委副书记、市长杜德林陪同", "市委=南阳市委/市"},
		{"请与市民政局区划地名股联系", "市民政局区划地名股=南阳市民政局区划地名股/市"},
		{"深入油田社区开展宣讲", ""},
		{"三级社区辅具租赁服务体系", ""},
		{"凤凰街道2户9人，救助资金8000元", ""},
		{"坚持大操大办不可取，牵头领办项目", ""},
		{"来自党和政府的温暖", ""},
		// Not agencies.
		{"中央政府门户网站 www.gov.cn", ""},
		{"据宁夏日报报道", ""},
		{"严禁经营性公墓违规销售", ""},
		{"各县民政部门要加强指导", ""},
		{"各县（市、区）民政局要抓好落实", ""},
		{"各县市区民政局", ""},
		{"当好党委政府的参谋", ""},
		{"领导干部要带头", ""},
		{"部署下一阶段工作", ""},
		{"确保各项任务落到实处", ""},
		{"尽快起草精神卫生福利中心运营方案", ""},
		{"紧盯日间照料中心发挥作用", ""},
		{"社会团体、民办非企业单位和基金会", ""},
		{"云浮市居家社区和农村养老服务成果展示厅", ""},
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

func TestPeople(t *testing.T) {
	tests := []struct{ in, want string }{
		{"市民政局党组成员、副局长张毅在培训总结中指出", "张毅 副局长 [党组成员 副局长] @市民政局"},
		{"市长路红卫深入我市民政服务机构", "路红卫 市长 [市长]"},
		{"会议邀请了高级工程师雷雨和南阳市消防救援支队", "雷雨 高级工程师 [高级工程师]"},
		{"楼阳生书记带头领办养老民生项目", "楼阳生 书记 [书记]"},
		{"市委书记王智慧作出批示", "王智慧 书记 [书记] @市委"},
		{"市政协副主席、市民政局局长杨东凯主持会议", "杨东凯 局长 [副主席 局长] @市政协"},
		{"市民政局党组书记李德荣，局党组成员、副局长梁燕群陪同调研", "李德荣 党组书记 [党组书记] @市民政局; 梁燕群 副局长 [党组成员 副局长]"},
		{"发至：梁绍雄副市长、梁雄飞副秘书长", "梁绍雄 副市长 [副市长]; 梁雄飞 副秘书长 [副秘书长]"},
		{"编 辑：王晨晖", "王晨晖 编辑 [编辑]"},
		{"审 核：郭 宇", "郭宇 审核 [审核]"},
		{"联系人：徐东亚 （0375-4976695）", "徐东亚 -"},
		{"市纪委监委派驻市民政局纪检监察组组长、局党组成员 雷 声", "雷声 党组成员 [组长 党组成员] @市纪委监委派驻市民政局纪检监察组"},
		{"深入学习贯彻习近平总书记关于养老服务工作的重要论述", "习近平 总书记 [总书记]"},
		{"副市长周华锋就民政领域工作进行安排部署", "周华锋 副市长 [副市长]"},
		{"省民政厅鲍常勇厅长的讲话精神", "鲍常勇 厅长 [厅长] @省民政厅"},
		{"市民政局四级调研员 孙玉山", "孙玉山 四级调研员 [四级调研员] @市民政局"},
		// No people.
		{"路市长强调，要深化认识", ""},
		{"局长主持会议", ""},
		{"其他领导班子成员任副组长", ""},
		{"市局成立局长任组长", ""},
		{"记者从会上获悉", ""},
		{"各位局长", ""},
		{"主任委员会议召开", ""},
		{"市民政局召开党组会议", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var got []string
			for _, p := range run(t, tc.in, "people").People {
				s := p.Name + " "
				if p.Role == nil {
					s += "-"
				} else {
					s += *p.Role + " [" + strings.Join(p.Titles, " ") + "]"
				}
				if p.Agency != "" {
					s += " @" + p.Agency
				}
				got = append(got, s)
			}
			if list(got) != tc.want {
				t.Errorf("got %q, want %q", list(got), tc.want)
			}
		})
	}
}

func TestContacts(t *testing.T) {
	tests := []struct{ in, want string }{
		{"联系人：徐东亚 （0375-4976695）\n邮 箱：pdsylfwk2020@163.com", "徐东亚 0375-4976695 pdsylfwk2020@163.com"},
		{"联系人：王芳，电话：0374-2961234。", "王芳 0374-2961234 -"},
		{"联系人：张三 13812345678", "张三 13812345678 -"},
		{"联系人：李四，联系电话：0371-65551234转8012", "李四 0371-65551234转8012 -"},
		{"联系人：赵五，电话：0375-1234567、13912345678", "赵五 0375-1234567 -; 赵五 13912345678 -"},
		{"联系电话：0375-4976695", "- 0375-4976695 -"},
		{"邮箱：abc@163.com", "- - abc@163.com"},
		{"联 系 人：王芳", "王芳 - -"},
		{"（联系人：陈静，电话：0396-2633123）", "陈静 0396-2633123 -"},
		{"联系人:刘洋 电话:0391-3567890", "刘洋 0391-3567890 -"},
		{"传真：0375-4976696", "- 0375-4976696 -"},
		{"联系人：王芳，电话：0374-2961234\n联系人：李娜，电话：0374-2961235", "王芳 0374-2961234 -; 李娜 0374-2961235 -"},
		{"联系人：周明，手机：15937512345，邮箱：zhou@qq.com", "周明 15937512345 zhou@qq.com"},
		{"咨询电话：0375-4976695（工作日）", "- 0375-4976695 -"},
		// No contacts.
		{"2025年6月3日召开会议", ""},
		{"共排查经济困难老年人200余人", ""},
		{"平民〔2021〕54号", ""},
		{"召开电话会议传达精神", ""},
		{"发放补助金1.1万元", ""},
		{"0375-4976695", ""},
		{"第39期", ""},
		{"市民政局召开会议。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var got []string
			for _, c := range run(t, tc.in, "contacts").Contacts {
				got = append(got, orDash(c.Name)+" "+orDash(c.Phone)+" "+orDash(c.Email))
			}
			if list(got) != tc.want {
				t.Errorf("got %q, want %q", list(got), tc.want)
			}
		})
	}
}

func orDash(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}

func TestTargets(t *testing.T) {
	tests := []struct{ in, want string }{
		{"推动46个乡镇敬老院转型为区域性养老服务中心", "plan 46 个 -"},
		{"6个县级特困供养机构达到二级以上养老机构标准", "plan 6 个 -"},
		{"培训养老服务人才不低于4190人次", "plan 4190 人次 - 不低于"},
		{"年底前全市40%乡(镇、街道)达到基本建设目标", "plan 40 % 2025-12-31"},
		{"1、街道综合养老中心 2021 年底前完成 70%", "plan 70 % 2021-12-31"},
		{"4、护理型床位 2022 年底占比达到 55%", "plan 55 % 2022-12-31 达到"},
		{"3、2022 年底前, 县(市、区)及县级非行政区划单位建成至少 1 所县级特困供养机构", "plan 1 所 2022-12-31 至少"},
		{"力争6月30日前完成100户适老化改造", "plan 100 户 2025-06-30"},
		{"确保年检率达到90%以上", "plan 90 % - 达到"},
		{"新建社区养老服务站点20个", "plan 20 个 -"},
		{"截至目前，共排查经济困难老年人 200 余人", "achieved 200 人 -"},
		{"每人每月分别提高了124元和117元", "achieved 124 元 -; achieved 117 元 -"},
		{"本次专项行动已完成 4416 名特困人员的评估", "achieved 4416 名 -"},
		{"累计建成社区养老服务中心120个", "achieved 120 个 -"},
		// Neither plan nor achievement.
		{"省民政厅也明确由1名二级巡视员专职配合督导工作", ""},
		{"严格执行关键岗位24小时专人值班", ""},
		{"叶婆婆说她60岁以后就每天早上到江边打太极", ""},
		{"2025年6月3日召开会议", ""},
		{"开展“三天两检”", ""},
		{"将价值9万余元的奶制品捐赠给孤寡老人", ""},
		{"指标体系包括9个方面指标", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			out := run(t, tc.in, "targets")
			var got []string
			for _, x := range append(append([]schema.Target(nil), out.Targets...), out.Achievements...) {
				s := fmt.Sprintf("%s %g %s %s", x.Stance, x.Value, x.Unit, orDash(x.Deadline))
				if x.Comparator != "" {
					s += " " + x.Comparator
				}
				got = append(got, s)
			}
			if list(got) != tc.want {
				t.Errorf("got %q, want %q", list(got), tc.want)
			}
		})
	}
}

// FuzzExtract feeds raw text to every extractor: none may panic, and every
// value's text must stand at the lines it names.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"截至目前，共排查经济困难老年人 200 余人，发放补助金 1.1\n万元。（西峡县民政局）",
		"市民政局党组成员、副局长张毅在培训总结中指出",
		"联系人：徐东亚 （0375-4976695）\n邮 箱：pdsylfwk2020@163.com",
		"1、街道综合养老中心 2021 年底前完成 70%; 4、护理型床位 2022 年底占比达到 55%",
		"由市民政局主办、市社会福利院和市未成年人救助保护中心承办",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := clean.Lines(s)
		out := run(t, s, "targets")
		check := func(kind string, fd schema.Found) {
			if fd.Text == "" {
				return
			}
			last := max(fd.EndLine, fd.Line)
			if fd.Line < 1 || last > len(lines) {
				t.Fatalf("%s %q at lines %d-%d of %d", kind, fd.Text, fd.Line, last, len(lines))
			}
			var src strings.Builder
			for _, l := range lines[fd.Line-1 : last] {
				src.WriteString(l.Text)
			}
			if !strings.Contains(bare(src.String()), bare(fd.Text)) {
				t.Fatalf("%s %q not found at lines %d-%d: %q", kind, fd.Text, fd.Line, last, src.String())
			}
		}
		for _, x := range out.Dates {
			check("date", x.Found)
		}
		for _, x := range out.Periods {
			check("period", x.Found)
		}
		for _, x := range out.Quantities {
			check("quantity", x.Found)
		}
		for _, x := range out.Agencies {
			check("agency", x.Found)
		}
		for _, x := range out.People {
			check("person", x.Found)
		}
		for _, x := range out.Contacts {
			check("contact", x.Found)
		}
		for _, x := range out.Targets {
			check("target", x.Found)
		}
	})
}

var spaceRe = regexp.MustCompile(`\s+`)

// bare drops white space, which cleaning squeezes out of values.
func bare(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, spaceRe.ReplaceAllString(s, ""))
}
