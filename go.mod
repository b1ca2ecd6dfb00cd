module github.com/factlint/factlint

go 1.26.8
