package main

import "fmt"

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
done:
	return steps
}

func find(grid [][]int, want int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == want {
				fmt.Println("found")
				goto found
			}
		}
	}
	return -1, -1
found:
	return 1, 1
}

func main() {
	fmt.Println(collatz(27), collatz(1))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 4))
	fmt.Println(find([][]int{{1, 2}}, 9))
	i := 0
again:
	i++
	if i < 5 {
		goto again
	}
	fmt.Println(i)
}
