package extract

import "testing"

// TestAgencyHeads covers the heads that end bodies' names: a class of
// people served before an ending, the institutions of the 民政 system,
// social bodies and the Youth League's committees, merged commissions,
// firms; a numeral before a bare ending counts bodies. Each with cases
// where the rule must not fire.
func TestAgencyHeads(t *testing.T) {
	checkRows(t, []rowCase{
		// A class of people served before an ending is the body's field (退役军人事务局),
		// also after a place.
		{"县民政和退役军人事务局开展慰问活动。", "县民政和退役军人事务局"},
		{"县退役军人事务局开展活动。", "县退役军人事务局"},
		{"谷城县退役军人服务中心再次在央视露脸", "谷城县退役军人服务中心"},
		{"城关镇老君山村退役军人服务站获评", "城关镇老君山村退役军人服务站"},
		// Must not fire: people served with no ending, or with no place.
		{"走访慰问困难群众。", ""},
		{"为退役军人服务中心建设提供保障", ""},
		// The institutions of the 民政 system and of care end names (疗养院, 养护院, 军休所,
		// 火葬场, 颐养院, 护养院, 陵园, 公墓); a level the segmenter guessed into a proper name
		// still names the place.
		{"市恩美福利院举行活动。", "市恩美福利院"},
		{"市老年疗养院举行活动。", "市老年疗养院"},
		{"县军休所组织老干部学习。", "县军休所"},
		{"市殡仪馆和市火葬场开展检查。", "市殡仪馆; 市火葬场"},
		{"市老年养护院投入使用。", "市老年养护院"},
		{"市复退军人精神病院开展义诊。", "市复退军人精神病院"},
		{"分三个小组集中对南联颐养中心、任达颐养院、利群颐养院和群爱园颐养园开展检查", "南联颐养中心; 任达颐养院; 利群颐养院; 群爱园颐养园"},
		{"还前往来宾市红水河护养院调研", "来宾市红水河护养院"},
		{"区革命烈士陵园现已完成烈士骨灰存放室提升改造工程。", "区革命烈士陵园"},
		{"长青园公墓位于城东。", "长青园公墓"},
		// Social bodies and the Youth League's committees: 服务社, 审计署, 团委, 共青团, 青联,
		// 总队, 联合总会, 少年宫, 文化宫, 红十字会总会, 商会, 志愿服务队, 工作站.
		{"安徽省合肥市蜀山区民生社会工作服务社组织志愿者上门服务。", "安徽省合肥市蜀山区民生社会工作服务社"},
		{"今后各省需定期向审计署报送数据。", "审计署"},
		{"团省委、昭通市民政局等7家单位参加。", "团省委; 昭通市民政局"},
		{"团市委书记出席会议。", "团市委"},
		{"共青团广东省委员会、广东省妇女联合会联合印发意见。", "共青团广东省委员会; 广东省妇女联合会"},
		{"浙江省国企单位纷纷向省慈善联合总会捐赠善款。", "省慈善联合总会"},
		{"黄浦区青联、黄浦区人大参加活动。", "黄浦区青联; 黄浦区人大"},
		{"省公安消防总队派员参加会议。", "省公安消防总队"},
		{"向困难儿童发放慰问款物,并邀请部分受助儿童参观南京市青少年宫。", "南京市青少年宫"},
		{"活动在市工人文化宫举行。", "市工人文化宫"},
		{"指导单位为民政部、全国工商联、中国红十字会总会、中国宋庆龄基金会。", "民政部; 全国工商联; 中国红十字会总会; 中国宋庆龄基金会"},
		{"共青团市委开展活动。", "共青团市委"},
		{"团市委开展活动。", "团市委"},
		{"河北省商会举行年会。", "河北省商会"},
		{"交警南开支队志愿服务队开展活动。", "交警南开支队志愿服务队"},
		{"成立社区环保志愿者工作站。", "社区环保志愿者工作站"},
		// Must not fire: the words 服务社会, 审计, 团结 and 总会, a kind of 工作站, no head.
		{"积极服务社会。", ""},
		{"加强审计监督。", ""},
		{"团结协作完成任务。", ""},
		{"我们总会想起他。", ""},
		{"慰问现役军人工作站。", ""},
		// A merged commission's short name after its level.
		{"市卫计委副主任李银鹏陪同。", "市卫计委"},
		// A numeral alone before a bare ending counts bodies, and a count inside
		// the words makes a description.
		{"加快建设“三地一区”两中心，推动发展。", ""},
		{"建设三中心一平台", ""},
		{"郑陆镇首家综合养老服务中心正式揭牌启用。", ""},
		// Must not fire: a name's own number.
		{"八五九民政局发布通知", "八五九民政局"},
		{"市第一中心举行活动", "市第一中心"},
		{"县三一二地质队开展工作", "县三一二地质队"},
		{"市第一人民医院开展义诊", "市第一人民医院"},
		// A firm named by its proper name is a body.
		{"由华信会计师事务所出具审计报告", "华信会计师事务所"},
		// Must not fire: a class of trade associations, a firm of a kind.
		{"强化行业协会商会收费行为监管", ""},
		{"准备好由本地会计师事务所出具的财务审计报告", ""},
	}, "agencies", agencyNames)
}
