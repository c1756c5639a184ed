// placeholder, filled in with the durability tests
int main() { return 0; }
