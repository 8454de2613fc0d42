"""Excel screens: report export, import wizard, template download and the city board."""
