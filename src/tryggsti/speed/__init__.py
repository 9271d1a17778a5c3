"""Code that exists only to make tryggsti quicker, each piece measured and listed with its
figure and the test that holds it in docs/speed.md. It is the ground floor: it imports
nothing of tryggsti's but `paths`, and never Textual, so any layer may use it."""
