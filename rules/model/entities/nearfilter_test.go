package entities

import "testing"

// TestNearPairsFilter: the pairs nearPairs drops before sorting (see
// mayPair) are pairs nearMisses would turn away: the model is the same
// with every candidate pair compared, on a page of look-alike names, the
// invented articles and articles with near misses of each kind (a letter
// dropped inside or at the end, a spelling, a speaker word).
func TestNearPairsFilter(t *testing.T) {
	docs := append([]string{
		lookalikePage(),
		"The former oil tycoon Mikhail Khodorkovsky lost his appeal.\n\nThe ruling means Khodorkovsk will stay in a prison colony.\n\nKhodorkovsky was arrested in 2003.\n",
		"The winger Harry Lewis scored twice on Saturday.\n\nLwis said the team had played well.\n\nLewis will start again next week.\n",
		"Bill Thompson, the council leader, opened the hall.\n\nBill Thomson said the work was done. Thompson thanked the builders.\n",
		"US Defense secretary Jim Mathis denounced the move. Matisse said Moscow had meddled.\n",
		"The analyst Rebecca Tan expects rates to rise.\n\nTang said the bank would act in March.\n",
	}, reuseArticles...)
	defer func() { nearFilter = true }()
	for i, d := range docs {
		nearFilter = true
		got, n := dumpNear(t, d)
		nearFilter = false
		want, _ := dumpNear(t, d)
		if got != want {
			t.Errorf("document %d: the model differs when nearPairs drops mayPair's pairs:\n%s\nwant:\n%s", i, got, want)
		}
		if i == 0 && n < 50 {
			t.Fatalf("the look-alike page has %d near misses, want many (the test needs a new page)", n)
		}
	}
}
