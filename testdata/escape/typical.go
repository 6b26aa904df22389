package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Account struct {
	ID      int
	Owner   string
	Balance float64
	History []Txn
}

type Txn struct {
	Amount float64
	When   time.Duration
}

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	accounts map[int]*Account
	nextID   int
}

func NewBank() *Bank {
	return &Bank{accounts: make(map[int]*Account)}
}

func (b *Bank) Open(owner string) *Account {
	b.nextID++
	a := &Account{ID: b.nextID, Owner: owner}
	b.accounts[a.ID] = a
	return a
}

func (a *Account) Withdraw(x float64) error {
	if x > a.Balance {
		return fmt.Errorf("withdraw %.2f from %d: %w", x, a.ID, ErrInsufficient)
	}
	a.Balance -= x
	a.History = append(a.History, Txn{Amount: -x})
	return nil
}

func (a *Account) String() string {
	return a.Owner + ":" + strconv.FormatFloat(a.Balance, 'f', 2, 64)
}

func wordCount(text string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(text) {
		counts[strings.ToLower(w)]++
	}
	return counts
}

func topWords(counts map[string]int, n int) []string {
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) > n {
		words = words[:n]
	}
	return words
}

func readLines() ([]string, error) {
	sc := bufio.NewScanner(os.Stdin)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines, sc.Err()
}

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (m Matrix) Mul(o Matrix) Matrix {
	res := NewMatrix(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			var s float64
			for k := range o {
				s += m[i][k] * o[k][j]
			}
			res[i][j] = s
		}
	}
	return res
}

func main() {
	bank := NewBank()
	a := bank.Open("ann")
	a.Balance = 100
	if err := a.Withdraw(150); errors.Is(err, ErrInsufficient) {
		fmt.Println("error:", err)
	}
	fmt.Println(a)
	fmt.Printf("%v %d\n", a.String(), len(bank.accounts))
	counts := wordCount("the cat and the hat and the bat")
	fmt.Println(topWords(counts, 2))
	start := time.Now()
	m := NewMatrix(2, 2)
	m[0][0], m[1][1] = 1, 1
	p := m.Mul(m)
	fmt.Println(p, time.Since(start) >= 0)
	lines, err := readLines()
	if err != nil {
		os.Exit(1)
	}
	fmt.Println(len(lines))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	fmt.Println(sb.String())
}
