module example.com/memdemo

go 1.23
