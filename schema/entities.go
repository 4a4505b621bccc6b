package schema

// Entities are the values extracted from one stretch of text. Every value
// carries the text it was read from, its lines and the rule that found it.
// An absent list means nothing of that kind was found.
type Entities struct {
	Dates        []Date     `json:"dates,omitempty" yaml:"dates,omitempty" jsonschema_description:"Calendar dates that name a month, resolved to ISO."`
	Periods      []Period   `json:"periods,omitempty" yaml:"periods,omitempty" jsonschema_description:"Stretches of time that name no month (年底, 一季度, 今年以来) and vague time words (近日)."`
	Quantities   []Quantity `json:"quantities,omitempty" yaml:"quantities,omitempty"`
	Agencies     []Agency   `json:"agencies,omitempty" yaml:"agencies,omitempty"`
	People       []Person   `json:"people,omitempty" yaml:"people,omitempty"`
	Contacts     []Contact  `json:"contacts,omitempty" yaml:"contacts,omitempty" jsonschema_description:"People named as 联系人 with the phone and e-mail printed with them."`
	Phones       []Phone    `json:"phones,omitempty" yaml:"phones,omitempty" jsonschema_description:"Numbers printed with no person: hotlines, reporting and office lines (举报电话, 咨询电话, 某局：0790-…)."`
	Tables       []Table    `json:"tables,omitempty" yaml:"tables,omitempty"`
	Targets      []Target   `json:"targets,omitempty" yaml:"targets,omitempty" jsonschema_description:"Numbers a plan or requirement sets out to reach."`
	Achievements []Target   `json:"achievements,omitempty" yaml:"achievements,omitempty" jsonschema_description:"Numbers stated as already reached (已, 完成, 截至目前)."`
}

// Found is what every extracted value carries.
type Found struct {
	Text string `json:"text" yaml:"text" jsonschema_description:"The text the value was read from, as cleaned."`
	Span `yaml:",inline"`
	Rule string `json:"rule" yaml:"rule" jsonschema_description:"The rule that found the value."`
}

// Date is a calendar date, a month, or a range of them.
type Date struct {
	Value     string `json:"value" yaml:"value" jsonschema:"pattern=^(\\d{4}-\\d{2}(-\\d{2})?)?$" jsonschema_description:"YYYY-MM-DD or YYYY-MM; empty when no year could be found."`
	End       string `json:"end,omitempty" yaml:"end,omitempty" jsonschema_description:"The end of a range, same precision."`
	Precision string `json:"precision" yaml:"precision" jsonschema:"enum=day,enum=month"`
	From      string `json:"from,omitempty" yaml:"from,omitempty" jsonschema_description:"First day of the window the text covers."`
	To        string `json:"to,omitempty" yaml:"to,omitempty" jsonschema_description:"Last day of the window the text covers."`
	Fuzzy     bool   `json:"fuzzy,omitempty" yaml:"fuzzy,omitempty" jsonschema_description:"The window is a convention (上旬 = days 1-10, 月底 = day 21 to the end)."`
	Relation  string `json:"relation,omitempty" yaml:"relation,omitempty" jsonschema:"enum=before,enum=since,enum=until"`
	YearFrom  string `json:"year_from,omitempty" yaml:"year_from,omitempty" jsonschema:"enum=text,enum=reference" jsonschema_description:"text: written; reference: the document's date or the year the text states."`
	Found     `yaml:",inline"`
}

// Period is a stretch of time that names no month, or a vague time word.
type Period struct {
	Kind     string `json:"kind" yaml:"kind" jsonschema:"enum=period,enum=vague"`
	From     string `json:"from,omitempty" yaml:"from,omitempty"`
	To       string `json:"to,omitempty" yaml:"to,omitempty"`
	Fuzzy    bool   `json:"fuzzy,omitempty" yaml:"fuzzy,omitempty" jsonschema_description:"The window is a convention: 年初 January-February, 年中 June-July, 年底 December, 春节期间 New Year's Eve to the sixth day."`
	Relation string `json:"relation,omitempty" yaml:"relation,omitempty" jsonschema:"enum=before,enum=since,enum=until"`
	Found    `yaml:",inline"`
}

// Quantity is an amount written in the text.
type Quantity struct {
	Value     float64  `json:"value" yaml:"value" jsonschema_description:"The number with 万 and 亿 folded in."`
	To        *float64 `json:"to,omitempty" yaml:"to,omitempty" jsonschema_description:"The upper end of a range (2-12元)."`
	Unit      string   `json:"unit" yaml:"unit" jsonschema_description:"The measure word or unit as written (人 名 户 元 % …)."`
	Qualifier string   `json:"qualifier,omitempty" yaml:"qualifier,omitempty" jsonschema_description:"余 多 近 约 超过 以上 不低于 … as written."`
	Bound     string   `json:"bound,omitempty" yaml:"bound,omitempty" jsonschema:"enum=at_least,enum=at_most,enum=about,enum=more_than"`
	Subject   string   `json:"subject,omitempty" yaml:"subject,omitempty" jsonschema_description:"What the quantity counts, where the sentence names it."`
	Found     `yaml:",inline"`
}

// Agency is a government body, a unit inside one, a public institution, a
// party organ, a social organisation or a company.
type Agency struct {
	FullName string `json:"full_name" yaml:"full_name" jsonschema_description:"The name resolved against the document's locality (市民政局 → 南阳市民政局)."`
	Level    string `json:"level,omitempty" yaml:"level,omitempty" jsonschema:"enum=国家,enum=省,enum=市,enum=县,enum=乡"`
	Kind     string `json:"kind,omitempty" yaml:"kind,omitempty" jsonschema:"enum=government,enum=unit,enum=party,enum=institution,enum=social,enum=company"`
	Found    `yaml:",inline"`
}

// Person is a named person with the title printed next to them.
type Person struct {
	Name   string   `json:"name" yaml:"name"`
	Role   *string  `json:"role" yaml:"role" jsonschema:"nullable" jsonschema_description:"The title printed with the name (the last of several)."`
	Titles []string `json:"titles,omitempty" yaml:"titles,omitempty" jsonschema_description:"Every title printed with the name."`
	Agency string   `json:"agency,omitempty" yaml:"agency,omitempty" jsonschema_description:"The body the title belongs to, where printed."`
	Found  `yaml:",inline"`
}

// Contact is a 联系人 with the phone and e-mail printed with them.
type Contact struct {
	Name  *string `json:"name" yaml:"name" jsonschema:"nullable"`
	Phone *string `json:"phone" yaml:"phone" jsonschema:"nullable"`
	Email *string `json:"email" yaml:"email" jsonschema:"nullable"`
	Found `yaml:",inline"`
}

// Phone is a number printed with no person named: a hotline or an office's
// line, with the label it is printed under and the body it belongs to.
type Phone struct {
	Number string  `json:"number" yaml:"number"`
	Label  *string `json:"label" yaml:"label" jsonschema:"nullable" jsonschema_description:"The words that name the line (举报电话, 信访咨询电话)."`
	Body   *string `json:"body" yaml:"body" jsonschema:"nullable" jsonschema_description:"The agency the number belongs to, as printed."`
	Found  `yaml:",inline"`
}

// Table is a grid of cells.
type Table struct {
	Title   *string  `json:"title" yaml:"title" jsonschema:"nullable"`
	Columns []Column `json:"columns" yaml:"columns" jsonschema_description:"One per column: header rows merged into a path (街道综合养老中心/目标数)."`
	Rows    [][]any  `json:"rows" yaml:"rows" jsonschema_description:"Data rows: numbers as numbers (percentages as their number; the column says percent), empty cells as null."`
	Notes   []string `json:"notes,omitempty" yaml:"notes,omitempty" jsonschema_description:"Lines printed under the table (任务提示, 注)."`
	Found   `yaml:",inline"`
}

// Column describes one column of a table.
type Column struct {
	Path string `json:"path" yaml:"path"`
	Type string `json:"type" yaml:"type" jsonschema:"enum=text,enum=number,enum=percent,enum=date,enum=mixed,enum=empty"`
}

// Target is a number a plan sets out to reach, or one stated as reached.
type Target struct {
	Value      float64 `json:"value" yaml:"value"`
	Unit       string  `json:"unit" yaml:"unit"`
	Comparator string  `json:"comparator,omitempty" yaml:"comparator,omitempty" jsonschema_description:"达到 不低于 以上 至少 … as written."`
	Deadline   *string `json:"deadline" yaml:"deadline" jsonschema:"nullable" jsonschema_description:"The last day by which it is to be reached, ISO."`
	Stance     string  `json:"stance" yaml:"stance" jsonschema:"enum=plan,enum=achieved"`
	Subject    string  `json:"subject,omitempty" yaml:"subject,omitempty"`
	Found      `yaml:",inline"`
}
