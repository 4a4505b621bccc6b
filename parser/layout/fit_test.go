package layout

import (
	"bytes"
	"testing"
)

// TestFitOrdersRepeat: fitting over shuffled orders draws them from fixed
// seeds, so the same examples give the same weights, byte for byte, and
// orders of different seeds give other weights than the order given.
func TestFitOrdersRepeat(t *testing.T) {
	exs := loadRoles(t)[:3]
	fitted := func(f Fitting) string {
		var buf bytes.Buffer
		if err := Fit(exs, f, &buf, ""); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	shuffled := Fitting{Epochs: 2, Lambda: DefaultFitting.Lambda, Orders: 2, Tail: 50}
	if fitted(shuffled) != fitted(shuffled) {
		t.Errorf("two fits over the same shuffled orders differ")
	}
	if fitted(shuffled) == fitted(Fitting{Epochs: 2, Lambda: DefaultFitting.Lambda}) {
		t.Errorf("shuffled orders gave the weights of the order given")
	}
}

// TestFitTailLeavesSome: a tail that leaves every epoch out of the average
// is refused, not fitted to weights of no number.
func TestFitTailLeavesSome(t *testing.T) {
	exs := loadRoles(t)[:1]
	for _, tc := range []struct {
		f  Fitting
		ok bool
	}{
		{Fitting{Epochs: 2, Lambda: DefaultFitting.Lambda, Tail: 50}, true},
		{Fitting{Epochs: 2, Lambda: DefaultFitting.Lambda, Tail: 100}, false},
		{Fitting{Epochs: 2, Lambda: DefaultFitting.Lambda, Tail: -1}, false},
	} {
		var buf bytes.Buffer
		if err := Fit(exs, tc.f, &buf, ""); (err == nil) != tc.ok {
			t.Errorf("tail %d: error %v, want ok %v", tc.f.Tail, err, tc.ok)
		}
	}
}
