package page

import (
	"math"
	"strconv"
)

// chart is a bar chart drawn as inline SVG by the program: a bar a month,
// stacked by series, with its axis and legend. Nothing is fetched to draw
// it.
type chart struct {
	Title   string
	W, H    int
	Left    int // the plot's left edge
	Bottom  int // the plot's base line
	Right   int
	Bars    []bar
	XLabels []label
	YTicks  []label
	Legend  []legendEntry
	Empty   bool
}

type bar struct {
	X, Y, W, H float64
	Class      string
	Title      string
}

type label struct {
	X, Y float64
	Text string
}

type legendEntry struct {
	Class string
	Name  string
	Total string
}

const (
	chartH      = 230
	chartTop    = 12
	chartBottom = 40 // room under the plot for the months
	chartLeft   = 56
	chartRight  = 12
	plotWidth   = 880
)

// stacked draws a bar per month (x), each the stack of the series' values
// at that month.
func stacked(title string, months, series []string, value func(month, series string) float64) *chart {
	c := &chart{Title: title, H: chartH, Left: chartLeft, Bottom: chartH - chartBottom}
	n := len(months)
	if n == 0 || len(series) == 0 {
		c.Empty, c.W = true, chartLeft+plotWidth+chartRight
		return c
	}
	slot := math.Min(48, math.Max(3, float64(plotWidth)/float64(n)))
	c.W = chartLeft + int(math.Ceil(slot*float64(n))) + chartRight
	c.Right = c.W - chartRight
	gap := math.Max(0.5, slot*0.15)

	totals := make([]float64, n)
	bySeries := make([]float64, len(series))
	for i, m := range months {
		for j, s := range series {
			v := value(m, s)
			totals[i] += v
			bySeries[j] += v
		}
	}
	top := 0.0
	for _, t := range totals {
		top = math.Max(top, t)
	}
	if top == 0 {
		c.Empty = true
		return c
	}
	step := niceStep(top / 4)
	scaleMax := math.Ceil(top/step) * step
	plotH := float64(c.Bottom - chartTop)
	y := func(v float64) float64 { return float64(c.Bottom) - v/scaleMax*plotH }
	for v := 0.0; v <= scaleMax+step/2; v += step {
		c.YTicks = append(c.YTicks, label{X: float64(chartLeft - 6), Y: round1(y(v)), Text: compact(v)})
	}

	for i, m := range months {
		base := 0.0
		x := float64(chartLeft) + slot*float64(i)
		for j, s := range series {
			v := value(m, s)
			if v <= 0 {
				continue
			}
			c.Bars = append(c.Bars, bar{X: round1(x + gap), W: round1(math.Max(1, slot-2*gap)),
				Y: round1(y(base + v)), H: round1(y(base) - y(base+v)),
				Class: "bar s" + strconv.Itoa(j%8), Title: m + " · " + s + ": " + Number(v)})
			base += v
		}
	}
	c.XLabels = monthLabels(months, slot, float64(c.Bottom+16))
	for j, s := range series {
		if bySeries[j] > 0 {
			c.Legend = append(c.Legend, legendEntry{Class: "s" + strconv.Itoa(j%8), Name: s, Total: Number(bySeries[j])})
		}
	}
	return c
}

// niceStep is the round step (1, 2 or 5 times a power of ten) nearest
// above v.
func niceStep(v float64) float64 {
	if v <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v {
			return math.Max(m*p, 1)
		}
	}
	return 10 * p
}

// compact writes an axis number short, as Chinese figures are read: 万
// and 亿.
func compact(v float64) string {
	switch {
	case v >= 1e8:
		return trimNumber(v/1e8) + "亿"
	case v >= 1e4:
		return trimNumber(v/1e4) + "万"
	}
	return trimNumber(v)
}

func trimNumber(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// monthLabels names the months under their bars as room allows: every
// month, or every 2, 3, 4 or 6 starting in January, or only the years (every
// 1, 2, 5 … years).
func monthLabels(months []string, slot, y float64) []label {
	need := math.Ceil(60 / slot) // months a label needs
	var out []label
	at := func(i int, text string) {
		out = append(out, label{X: round1(float64(chartLeft) + slot*(float64(i)+0.5)), Y: y, Text: text})
	}
	if need <= 6 {
		every := 1
		for _, e := range []int{1, 2, 3, 4, 6} {
			if float64(e) >= need {
				every = e
				break
			}
		}
		for i, m := range months {
			if _, mm, ok := parseMonth(m); ok && (mm-1)%every == 0 {
				at(i, m)
			}
		}
		return out
	}
	years := 1
	for _, e := range []int{1, 2, 5, 10, 20, 50, 100} {
		years = e
		if float64(e*12) >= need*1.4 { // a year is narrower than a month's name
			break
		}
	}
	for i, m := range months {
		if yy, mm, ok := parseMonth(m); ok && mm == 1 && yy%years == 0 {
			at(i, m[:4])
		}
	}
	return out
}
