// placeholder, filled in with the store benchmark
int main() { return 0; }
