package layout

import "bulletin/parser/layout/cue"

// A profile is a kind of document as an ordered grammar of zones: its
// lines pass through the zones in order, each line taking one of its
// zone's roles; a zone may be skipped unless it is required. Page chrome
// may stand anywhere and changes nothing. A web page's information lines
// belong to the head zone every profile opens with.
type profile struct {
	name  string
	kind  Kind
	zones []zone
	// public marks the profile of a public text (公告, 通告, 公示 …),
	// which names its kind somewhere (cue.Doc.NamesPublicKind, asked by
	// namedKinds at decoding).
	public bool
}

type zone struct {
	name     string
	roles    []cue.Role
	required bool
	// cued, when given, are the cues of which a line must show one to
	// stand in the zone: a text that is no bulletin lists its chapters
	// only where they show as a list.
	cued []string
	// opens, when given, are the roles a zone's first line may take: a
	// bulletin's items begin with an item (or a section), never with
	// running text.
	opens []cue.Role
}

var (
	head      = zone{name: "head", roles: []cue.Role{cue.Title, cue.Header}}
	bodyRoles = []cue.Role{cue.Heading, cue.Subheading, cue.Body, cue.Table}
	// A rule, a 办法 or a long report may list its chapters (目录) over
	// its text, as a bulletin lists its items: the entries printed again
	// as the text's parts, or led by dots to their page numbers.
	listing    = zone{name: "contents", roles: []cue.Role{cue.Contents}, cued: []string{"listed-run", "toc-leader"}}
	attachment = zone{name: "attachments", roles: []cue.Role{cue.Attachment, cue.Table}}
	// A bulletin is made of news items: no running text stands before the
	// first (GOLD.md, doc.kind). An item may close with its writer's
	// credit on a line of its own (撰稿：某某), as a report's byline.
	bulletinItems = zone{name: "items", roles: []cue.Role{cue.Section, cue.Heading, cue.Subheading, cue.Body, cue.Brief, cue.Attribution, cue.Byline, cue.Table},
		opens: []cue.Role{cue.Section, cue.Heading, cue.Brief, cue.Table}}
)

// profiles are the kinds of document the decoder chooses among.
var profiles = []profile{
	{"bulletin", Bulletin, []zone{
		head,
		{name: "contents", roles: []cue.Role{cue.Contents}},
		bulletinItems,
		attachment,
		{name: "foot", roles: []cue.Role{cue.Footer, cue.Byline}},
	}, false},
	{"bulletin with contents", Bulletin, []zone{
		head,
		{name: "contents", roles: []cue.Role{cue.Contents}, required: true},
		bulletinItems,
		attachment,
		{name: "foot", roles: []cue.Role{cue.Footer, cue.Byline}},
	}, false},
	// GB/T 9704-2012: 版头 (发文机关标志, 发文字号), 主体 (标题, 主送机关, 正文,
	// 附件说明, 落款, 附件), 版记 (抄送, 印发).
	{"notice", Notice, []zone{
		head,
		listing,
		{name: "recipient", roles: []cue.Role{cue.Recipient}},
		{name: "body", roles: bodyRoles},
		// A copy may set the 版记 (抄送, 印发) right under the 落款, above
		// the attachment it printed after them.
		{name: "closing", roles: []cue.Role{cue.Closing, cue.Signature, cue.Footer}},
		attachment,
		// A notice saved from a web page closes with the page's credits
		// (信息来源：县民政局, 编辑：…) after its 落款.
		{name: "foot", roles: []cue.Role{cue.Footer, cue.Byline}},
	}, false},
	// 公告, 通告, 公示, 征求意见: a public text that closes with its 落款.
	{"announcement", Notice, []zone{
		head,
		listing,
		{name: "body", roles: bodyRoles},
		{name: "closing", roles: []cue.Role{cue.Closing, cue.Signature}, required: true},
		attachment,
		{name: "foot", roles: []cue.Role{cue.Byline}},
	}, true},
	// A news report: a headline, its information line, the text, what a
	// page appends to it (附：…联系方式 and its phone lines, 咨询电话), a
	// byline.
	{"report", Article, []zone{
		head,
		listing,
		{name: "body", roles: bodyRoles},
		{name: "closing", roles: []cue.Role{cue.Closing}},
		{name: "foot", roles: []cue.Role{cue.Byline}},
	}, false},
}

// never are the steps no document takes, whatever its kind: a heading is
// followed by its text, never at once by a brief.
var never = [][2]cue.Role{{cue.Heading, cue.Brief}, {cue.Subheading, cue.Brief}}

// families are the kinds of document, in the order the model keeps them.
var families = []Kind{Bulletin, Notice, Article}

func family(k Kind) int {
	for i, f := range families {
		if f == k {
			return i
		}
	}
	return -1
}
