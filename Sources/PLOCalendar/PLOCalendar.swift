// PLOCalendar
